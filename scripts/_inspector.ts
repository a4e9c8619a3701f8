/** A minimal Chrome DevTools Protocol client over a V8 inspector's WebSocket, for the bench scripts. */

/** What {@linkcode connectInspector} returns: send a method and await its result; close the socket. */
export interface Inspector {
  send: (method: string, params?: Record<string, unknown>) => Promise<unknown>;
  close: () => void;
}

/** Connects to the inspector at `url` (the `ws://…` address `deno run --inspect` prints). */
export async function connectInspector(url: string): Promise<Inspector> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data as string) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  };
  return {
    send: (method, params = {}) =>
      new Promise<unknown>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}
