import type { VisionConfig } from "../config/audio_schema.ts";
import { invalidRequest } from "../api_error.ts";
import { concatBytes } from "../concat_bytes.ts";

/** Whether an IP address is loopback, private, link-local, CGNAT or unspecified (v4, v6, v4-mapped). */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "").toLowerCase();
  const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return isPrivateAddress(mapped[1] as string);
  const v4 = ip.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  return ip === "::1" || ip === "::" || /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip);
}

async function resolveAddresses(hostname: string): Promise<string[]> {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(":")) return [hostname];
  if (hostname === "localhost" || hostname.endsWith(".localhost")) return ["127.0.0.1"];
  const results = await Promise.allSettled([
    Deno.resolveDns(hostname, "A"),
    Deno.resolveDns(hostname, "AAAA"),
  ]);
  return results.flatMap((r) => r.status === "fulfilled" ? r.value : []);
}

/**
 * Downloads an image for inlining: no redirects (they could lead to a private address), a timeout,
 * and a byte cap read as the body streams. Every failure is a 400 naming the image, never a 5xx:
 * the URL came from the client.
 */
export async function fetchImage(
  url: URL,
  config: VisionConfig,
  options: { signal: AbortSignal; param: string },
): Promise<Uint8Array> {
  const { param } = options;
  const fail = (why: string) =>
    invalidRequest(`Cannot fetch image "${url.origin}${url.pathname}": ${why}`, {
      param,
      code: "invalid_image_url",
    });
  if (!config.allowPrivateUrls) {
    const addresses = await resolveAddresses(url.hostname.replace(/^\[|\]$/g, ""));
    if (addresses.length === 0) throw fail("the host name does not resolve");
    if (addresses.some(isPrivateAddress)) throw fail("private and loopback addresses are not allowed");
  }
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: "manual",
      signal: AbortSignal.any([options.signal, AbortSignal.timeout(config.fetchTimeoutMs)]),
    });
  } catch (error) {
    if (options.signal.aborted) throw error;
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    throw fail(timedOut ? `no answer within ${config.fetchTimeoutMs} ms` : "the server is unreachable");
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw fail(`the server answered status ${response.status}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > config.maxImageBytes) {
      throw invalidRequest(`Image is too large: the limit is ${config.maxImageBytes} bytes`, {
        param,
        code: "image_too_large",
      });
    }
    chunks.push(chunk);
  }
  return concatBytes(chunks, size);
}
