/**
 * A loopback TCP port that nothing listens on, for a server started later (a host-networked container)
 * or for a connection that must be refused. Port 0 cannot serve either: the kernel hands a port back to
 * the ephemeral pool on close, and any outgoing connection may take it before it is used (CI saw that).
 * So the port is drawn below Linux's ephemeral range (32768–60999), where only listeners live.
 */
export function findFreePort(): number {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    try {
      Deno.listen({ hostname: "127.0.0.1", port }).close();
      return port;
    } catch {
      // taken by a listener: draw again
    }
  }
  throw new Error("No free loopback port below the ephemeral range");
}
