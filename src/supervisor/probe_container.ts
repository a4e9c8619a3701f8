import type { ContainerSpec } from "./container_spec.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Options for {@linkcode probeContainer}. */
export interface ProbeOptions {
  /** Where the port is reached: 127.0.0.1 with host networking (Docker), a Service name in Kubernetes. */
  host?: string;
}

/** Probes a server on `host` (default 127.0.0.1): HTTP health, or Wyoming `describe` → `info`. Returns why it failed. */
export async function probeContainer(
  spec: ContainerSpec,
  timeoutMs: number,
  { host = "127.0.0.1" }: ProbeOptions = {},
): Promise<string | undefined> {
  try {
    if (spec.kind === "wyoming") return await probeWyoming(host, { port: spec.port, timeoutMs });
    const hostname = host.includes(":") ? `[${host}]` : host; // an IPv6 probeHost
    const response = await fetch(`http://${hostname}:${spec.port}${spec.healthPath}`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.ok ? undefined : `health answered ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A minimal Wyoming exchange: send `{"type":"describe"}`, expect an `info` header line back. */
async function probeWyoming(
  hostname: string,
  { port, timeoutMs }: { port: number; timeoutMs: number },
): Promise<string | undefined> {
  const conn = await Deno.connect({ hostname, port });
  const timer = setTimeout(() => conn.close(), timeoutMs);
  try {
    await conn.write(encoder.encode('{"type":"describe"}\n'));
    const buffer = new Uint8Array(65_536);
    let text = "";
    while (!text.includes("\n")) {
      const read = await conn.read(buffer);
      if (read === null) return "Wyoming server closed the connection";
      text += decoder.decode(buffer.subarray(0, read));
    }
    const header = JSON.parse(text.slice(0, text.indexOf("\n")));
    return header.type === "info" ? undefined : `Wyoming answered "${header.type}" to describe`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
    try {
      conn.close();
    } catch {
      // Already closed by the timeout.
    }
  }
}
