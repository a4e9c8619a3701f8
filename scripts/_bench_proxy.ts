/**
 * The bare pass-through proxy the bench compares the router with: `Deno.serve` handing every request to
 * `fetch` on the upstream, nothing else. `deno run -A scripts/_bench_proxy.ts <upstream origin>` serves it
 * alone, prints `PORT <n>`, and on SIGTERM shuts down and exits (so that `--cpu-prof` writes its profile).
 */

/** Serves the proxy on a free loopback port. */
export function serveBareProxy(upstream: string): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (request) => {
    const url = new URL(request.url);
    return fetch(upstream + url.pathname + url.search, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
    });
  });
}

if (import.meta.main) {
  const upstream = Deno.args[0];
  if (upstream === undefined) throw new Error("usage: _bench_proxy.ts <upstream origin>");
  const server = serveBareProxy(upstream);
  Deno.stdout.writeSync(new TextEncoder().encode(`PORT ${server.addr.port}\n`));
  Deno.addSignalListener("SIGTERM", () => {
    server.shutdown().then(() => Deno.exit(0));
  });
}
