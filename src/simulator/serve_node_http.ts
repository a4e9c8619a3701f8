import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { concatBytes } from "../concat_bytes.ts";

/** A running server from {@linkcode serveNodeHttp}. */
export interface NodeHttpServer {
  readonly port: number;
  shutdown(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const parts: Uint8Array[] = [];
  for await (const part of request) parts.push(part as Uint8Array);
  if (parts.length === 0) return undefined;
  // Copied even for one part: a Node Buffer may be a view into a larger pool.
  return new Uint8Array(concatBytes(parts, parts.reduce((total, part) => total + part.length, 0)));
}

async function relay(
  handle: (request: Request) => Promise<Response>,
  { req, res }: { req: IncomingMessage; res: ServerResponse },
) {
  const gone = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) gone.abort();
  });
  const body = await readBody(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const request = new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
    method: req.method ?? "GET",
    headers,
    ...(body ? { body } : {}),
    signal: gone.signal,
  });
  const response = await handle(request);
  if (gone.signal.aborted) return await response.body?.cancel();
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  gone.signal.addEventListener("abort", () => reader.cancel().catch(() => {}), { once: true });
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (gone.signal.aborted) return;
    res.write(chunk.value);
  }
  res.end();
}

/**
 * Serves `handle` with `node:http` on loopback. The simulator uses it instead of `Deno.serve` because
 * a vLLM-like server must notice a client that goes away while it is still "thinking": Deno.serve
 * (2.9.6) does not abort `request.signal` for requests whose body arrived in more than one read.
 * Resolves once the socket listens. Port 0 is bound by the kernel itself: picking a free port with a
 * probe and binding it afterwards races with other sockets (CI saw EADDRINUSE that way).
 */
export function serveNodeHttp(
  handle: (request: Request) => Promise<Response>,
  { hostname, port: wantedPort }: { hostname: string; port: number },
): Promise<NodeHttpServer> {
  const server = createServer((req, res) => {
    relay(handle, { req, res }).catch(() => res.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(wantedPort, hostname, () => {
      server.off("error", reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        shutdown: () =>
          new Promise<void>((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
