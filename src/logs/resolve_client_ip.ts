/**
 * The client's address for the session log: the socket address, unless that is a trusted proxy; then
 * the right-most `X-Forwarded-For` entry that is not itself a trusted proxy (left ones are client-made).
 */
export function resolveClientIp(
  socketAddress: string | null,
  { forwardedFor, trustedProxies }: { forwardedFor: string | null; trustedProxies: readonly string[] },
): string | null {
  if (socketAddress === null || !trustedProxies.includes(socketAddress) || !forwardedFor) {
    return socketAddress;
  }
  const hops = forwardedFor.split(",").map((hop) => hop.trim()).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index] as string;
    if (!trustedProxies.includes(hop)) return hop;
  }
  return hops[0] ?? socketAddress;
}
