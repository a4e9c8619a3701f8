import { encodeEvent, type WyomingEvent, WyomingReader } from "../backends/wyoming_framing.ts";

/** What a simulated Wyoming program does with each event of one connection. */
export interface WyomingSession {
  /** Handles one event; `send` writes back, `close` ends the connection (as the ASR server does). */
  onEvent(
    event: WyomingEvent,
    send: (event: WyomingEvent) => Promise<void>,
    close: () => void,
  ): Promise<void>;
}

/** A running Wyoming TCP server on loopback. */
export interface WyomingServer extends AsyncDisposable {
  /** `tcp://127.0.0.1:<port>`, a `wyoming` backend's URL. */
  url: string;
  /** Every event type received, in order, across connections. */
  received: string[];
}

/** Serves the Wyoming framing on 127.0.0.1 port 0; a fresh session per connection. */
export function startWyomingServer(createSession: () => WyomingSession): WyomingServer {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const connections = new Set<Deno.Conn>();
  const handlers = new Set<Promise<void>>();
  const received: string[] = [];

  async function serve(conn: Deno.Conn): Promise<void> {
    const session = createSession();
    const reader = new WyomingReader(conn.readable);
    const writer = conn.writable.getWriter();
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      try {
        conn.close();
      } catch { /* closed by the peer */ }
    };
    try {
      while (open) {
        const event = await reader.read();
        if (event === null) break;
        received.push(event.type);
        await session.onEvent(event, (reply) => writer.write(encodeEvent(reply)), close);
      }
    } catch {
      // A dropped or garbled connection ends the session, as in the Python server.
    } finally {
      writer.releaseLock();
      close();
      connections.delete(conn);
    }
  }

  const accepting = (async () => {
    for await (const conn of listener) {
      connections.add(conn);
      const handler = serve(conn);
      handlers.add(handler);
      handler.finally(() => handlers.delete(handler));
    }
  })().catch(() => {});

  return {
    url: `tcp://127.0.0.1:${(listener.addr as Deno.NetAddr).port}`,
    received,
    [Symbol.asyncDispose]: async () => {
      listener.close();
      for (const conn of connections) {
        try {
          conn.close();
        } catch { /* already closed */ }
      }
      await accepting;
      await Promise.all(handlers);
    },
  };
}
