/**
 * A fault-injecting proxy in front of a real engine socket: it listens on its own unix socket, forwards every
 * Engine API call to the real dockerd (streams such as `/events` included) and, for the calls a test chooses,
 * answers an error instead or holds the call until released. Put it between the router and the test's dockerd
 * to reproduce engine hiccups (one inspect answering 500 during a cold start, an engine late at boot).
 */

/** Which calls a fault applies to: the method (any when unset) and a test on the path without `/vX.Y`. */
export interface CallMatch {
  method?: string;
  path: RegExp;
}

/** One recorded call, as the proxy saw it (path without the API version prefix). */
export interface ProxiedCall {
  method: string;
  path: string;
  /** What the proxy did: forwarded it, failed it with a status, or held it. */
  outcome: "forwarded" | "failed" | "stalled";
}

/** A running proxy; dispose it with `await using`. */
export interface EngineFaultProxy extends AsyncDisposable {
  /** Its own socket path. */
  socketPath: string;
  /** `unix://…`, for `supervisor.dockerHost` or `DOCKER_HOST`. */
  dockerHost: string;
  /** Every call so far, oldest first. */
  calls: ProxiedCall[];
  /** The next `count` calls matching `match` get `status` (500 by default) with an engine-style message. */
  failNext(match: CallMatch, options: { count: number; status?: number }): void;
  /** Holds every call matching `match` until the returned function is called (then they are forwarded). */
  stall(match: CallMatch): () => void;
  /** Fails still to be given out for `match`'s rules (0 once they are all used). */
  pendingFaults(): number;
}

/** Options for {@linkcode startEngineFaultProxy}. */
export interface EngineFaultProxyOptions {
  /** The real engine's socket. */
  target: string;
  /** Where to listen; a fresh temp dir's `proxy.sock` by default. Must not exist yet. */
  socketPath?: string;
}

interface FailRule {
  match: CallMatch;
  left: number;
  status: number;
}

interface StallRule {
  match: CallMatch;
  released: Promise<void>;
}

function matches(match: CallMatch, { method, path }: { method: string; path: string }): boolean {
  return (match.method === undefined || match.method === method) && match.path.test(path);
}

/** Starts the proxy on a unix socket and forwards to `target`. */
export async function startEngineFaultProxy(options: EngineFaultProxyOptions): Promise<EngineFaultProxy> {
  const dir = options.socketPath ? undefined : await Deno.makeTempDir({ prefix: "ai-router-proxy-" });
  const socketPath = options.socketPath ?? `${dir}/proxy.sock`;
  const client = Deno.createHttpClient({ proxy: { transport: "unix", path: options.target } });
  const calls: ProxiedCall[] = [];
  const fails: FailRule[] = [];
  const stalls: StallRule[] = [];
  const closing = new AbortController();

  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/v\d+\.\d+/, "");
    const fail = fails.find((rule) => rule.left > 0 && matches(rule.match, { method: request.method, path }));
    if (fail) {
      fail.left--;
      calls.push({ method: request.method, path, outcome: "failed" });
      await request.body?.cancel();
      return Response.json({ message: "injected fault: engine error" }, { status: fail.status });
    }
    const stalled = stalls.filter((rule) => matches(rule.match, { method: request.method, path }));
    if (stalled.length > 0) {
      calls.push({ method: request.method, path, outcome: "stalled" });
      const end = new Promise<void>((resolve) => closing.signal.addEventListener("abort", () => resolve()));
      await Promise.race([Promise.all(stalled.map((rule) => rule.released)), end]);
      if (closing.signal.aborted) return new Response(null, { status: 503 });
    } else {
      calls.push({ method: request.method, path, outcome: "forwarded" });
    }
    const body = request.body ? await request.arrayBuffer() : undefined;
    const upstream = await fetch(`http://docker${url.pathname}${url.search}`, {
      method: request.method,
      client,
      headers: request.headers,
      ...(body === undefined ? {} : { body }),
      // A client that leaves (an event stream ending) ends the call upstream too.
      signal: AbortSignal.any([request.signal, closing.signal]),
    });
    return new Response(upstream.body, { status: upstream.status, headers: upstream.headers });
  };

  const server = Deno.serve({ path: socketPath, onListen: () => {} }, async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      // The real engine went away mid-call: the router sees a cut connection, as it would without the proxy.
      return Response.json({ message: `proxy: ${(error as Error).message}` }, { status: 502 });
    }
  });

  return {
    socketPath,
    dockerHost: `unix://${socketPath}`,
    calls,
    failNext(match, { count, status = 500 }) {
      fails.push({ match, left: count, status });
    },
    stall(match) {
      let release!: () => void;
      const rule: StallRule = { match, released: new Promise((resolve) => release = resolve) };
      stalls.push(rule);
      return () => {
        stalls.splice(stalls.indexOf(rule), 1);
        release();
      };
    },
    pendingFaults: () => fails.reduce((sum, rule) => sum + rule.left, 0),
    [Symbol.asyncDispose]: async () => {
      closing.abort();
      await server.shutdown();
      client.close();
      await Deno.remove(socketPath).catch(() => {});
      if (dir) await Deno.remove(dir, { recursive: true }).catch(() => {});
    },
  };
}
