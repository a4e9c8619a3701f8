/**
 * The listening socket, with connections that idle closed. `Deno.serve` in Deno 2.9.6 has no idle or header
 * timeout (its `ServeOptions` offer none), so a client could hold sockets open as long as it liked: silent
 * after connecting, stuck mid-headers (slowloris), or idle on keep-alive. Here the router accepts each TCP
 * connection itself and serves it with Deno's native HTTP server for one connection, the function
 * `Deno.serve` itself is built on (denoland/deno ext/http/00_serve.ts `serveHttpOnConnection`, exposed as
 * `Deno[Deno.internal].serveHttpOnConnection` by runtime/js/99_main.js and used by Deno's own
 * tests/unit/serve_test.ts). Requests still run in Rust end to end; this file only counts, per connection,
 * the requests in flight and keeps one timer.
 *
 * A connection with no request in flight for `idleTimeoutMs` (since it was accepted, or since its last answer
 * ended) is shut down gracefully: the HTTP server closes it if it is idle or still reading a request head, and
 * otherwise lets the request that just began finish. A connection with a request in flight (a long stream) is
 * never timed out. With `idleTimeoutMs: 0`, or when the internal function is missing, this is `Deno.serve`.
 */

/** `serveHttpOnConnection(connection, signal, handler, onError, onListen)` from ext/http/00_serve.ts. */
type ServeOnConnection = (
  connection: Deno.Conn,
  signal: AbortSignal,
  handler: Deno.ServeHandler<Deno.NetAddr>,
  onError: (error: unknown) => Response,
  onListen: () => void,
) => Deno.HttpServer<Deno.NetAddr>;

/** What `main.ts` needs of a server: where it listens, a graceful stop and its end. */
export type RouterServer = Pick<Deno.HttpServer<Deno.NetAddr>, "addr" | "finished" | "shutdown">;

export interface ServeWithIdleTimeoutOptions {
  hostname: string;
  port: number;
  /** 0 serves with plain `Deno.serve` (no timeout). */
  idleTimeoutMs: number;
  /**
   * WebSockets are served (the Realtime API): then this is plain `Deno.serve`, without the idle timeout.
   * Deno's one-connection server ends when its connection stops being HTTP, and an upgraded socket with it
   * (it sends, but never receives a message): measured on Deno 2.9.6, see docs/decisions.md.
   */
  webSockets?: boolean;
  /** PEM certificate chain and key: serve HTTPS (and `wss:`) instead of HTTP. */
  tls?: { cert: string; key: string } | undefined;
  onListen?: (addr: Deno.NetAddr) => void;
  /** An error the handler threw (Hono catches its own) or a failed accept, such as running out of descriptors. */
  onError?: (error: unknown) => void;
  /** Said once at start when the timeout cannot be applied. */
  onWarning?: (message: string) => void;
}

/** How long to wait after a failed accept (EMFILE: out of descriptors) before accepting again. */
const ACCEPT_RETRY_MS = 100;

function findServeOnConnection(): ServeOnConnection | undefined {
  const deno = Deno as unknown as { internal?: symbol } & Record<symbol, Record<string, unknown> | undefined>;
  const found = deno.internal === undefined ? undefined : deno[deno.internal]?.serveHttpOnConnection;
  return typeof found === "function" ? found as ServeOnConnection : undefined;
}

/** Serves `handler` like `Deno.serve`, closing connections that idle for longer than `idleTimeoutMs`. */
export function serveWithIdleTimeout(
  options: ServeWithIdleTimeoutOptions,
  handler: Deno.ServeHandler<Deno.NetAddr>,
): RouterServer {
  const { hostname, port, idleTimeoutMs } = options;
  const onError = (error: unknown) => {
    options.onError?.(error);
    return new Response("Internal Server Error", { status: 500 });
  };
  const serveOnConnection = idleTimeoutMs > 0 && !options.webSockets ? findServeOnConnection() : undefined;
  if (!serveOnConnection) {
    if (idleTimeoutMs > 0 && options.webSockets) {
      options.onWarning?.("Idle connections are not closed while realtime.enabled serves WebSockets");
    } else if (idleTimeoutMs > 0) {
      options.onWarning?.(
        `Cannot close idle connections: this Deno (${Deno.version.deno}) lacks serveHttpOnConnection`,
      );
    }
    const tls = options.tls ? { cert: options.tls.cert, key: options.tls.key } : {};
    return Deno.serve(
      { hostname, port, ...tls, onListen: (addr) => options.onListen?.(addr), onError },
      handler,
    );
  }
  // A TLS listener's connections go through the same per-connection HTTP server (Deno's own tests serve
  // `Deno.TlsConn`s with it: denoland/deno tests/unit/serve_test.ts).
  const listener = options.tls
    ? Deno.listenTls({ hostname, port, cert: options.tls.cert, key: options.tls.key })
    : Deno.listen({ hostname, port });
  const open = new Set<Deno.HttpServer<Deno.NetAddr>>();
  let stopping = false;
  const accepting = (async () => {
    while (!stopping) {
      let connection: Deno.TcpConn | Deno.TlsConn;
      try {
        connection = await listener.accept();
      } catch (error) {
        if (stopping || error instanceof Deno.errors.BadResource) break;
        options.onError?.(error);
        await new Promise((resolve) => setTimeout(resolve, ACCEPT_RETRY_MS));
        continue;
      }
      const server = serveConnection(connection, { serveOnConnection, handler, onError, idleTimeoutMs });
      open.add(server);
      const forget = () => open.delete(server);
      server.finished.then(forget, forget);
    }
  })();
  options.onListen?.(listener.addr);
  return {
    addr: listener.addr,
    // Like `Deno.serve`'s: stop accepting, then let every connection finish what it is answering.
    shutdown: async () => {
      if (!stopping) {
        stopping = true;
        listener.close();
      }
      await accepting;
      await Promise.allSettled([...open].map((server) => server.shutdown()));
    },
    // Ends once a shutdown has stopped accepting and every connection has closed.
    finished: accepting.then(async () => {
      while (open.size > 0) await Promise.allSettled([...open].map((server) => server.finished));
    }),
  };
}

interface ConnectionDeps {
  serveOnConnection: ServeOnConnection;
  handler: Deno.ServeHandler<Deno.NetAddr>;
  onError: (error: unknown) => Response;
  idleTimeoutMs: number;
}

/** One connection's HTTP server, shut down after `idleTimeoutMs` without a request in flight. */
function serveConnection(
  connection: Deno.TcpConn | Deno.TlsConn,
  deps: ConnectionDeps,
): Deno.HttpServer<Deno.NetAddr> {
  const forceClose = new AbortController();
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const closeIdle = () => {
    // Graceful first: it closes an idle connection or one mid-headers at once. Should a client keep it open
    // anyway with no request running, the next period ends it hard.
    server.shutdown().catch(() => {});
    timer = setTimeout(() => inFlight === 0 && forceClose.abort(), deps.idleTimeoutMs);
  };
  const startTimer = () => timer = setTimeout(closeIdle, deps.idleTimeoutMs);
  const requestEnded = () => {
    if (--inFlight === 0) startTimer();
  };
  const server = deps.serveOnConnection(
    connection,
    forceClose.signal,
    (request, info) => {
      if (inFlight++ === 0) clearTimeout(timer);
      info.completed.then(requestEnded, requestEnded);
      return deps.handler(request, info);
    },
    deps.onError,
    () => {},
  );
  startTimer();
  const stopTimer = () => clearTimeout(timer);
  server.finished.then(stopTimer, stopTimer);
  return server;
}
