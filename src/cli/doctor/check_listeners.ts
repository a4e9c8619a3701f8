import type { Config } from "../../config/config_schema.ts";
import type { ContainerProfile } from "../../supervisor/container_spec.ts";
import { parseImageReference } from "../../supervisor/find_image_problems.ts";
import { type DoctorCheck, fail, ok, runCheck, skip } from "./doctor_check.ts";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
/** wyoming-piper's web UI port (rhasspy/wyoming-piper __main__.py `--web-server-port`, default 5000). */
const WYOMING_PIPER_WEB_UI_PORT = 5000;
const CONNECT_TIMEOUT_MS = 1_000;

/**
 * The host's own addresses other than loopback and link-local. Deno reads them with
 * `--allow-sys=networkInterfaces` (the compiled binary has it); /proc/net/tcp would need --allow-all.
 */
function listOwnAddresses(): string[] {
  return Deno.networkInterfaces()
    .map((i) => i.address)
    .filter((a) => !LOOPBACK.has(a) && !a.startsWith("fe80:") && !a.startsWith("169.254."));
}

/** Whether something accepts a TCP connection at `hostname:port` within a second. */
async function accepts(hostname: string, port: number): Promise<boolean> {
  const connecting = Deno.connect({ hostname, port });
  const timer = new Promise<undefined>((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS, undefined));
  try {
    const conn = await Promise.race([connecting, timer]);
    if (!conn) {
      connecting.then((late) => late.close(), () => {});
      return false;
    }
    conn.close();
    return true;
  } catch {
    return false;
  }
}

/** The ports our local servers should keep on loopback, each with the change that does it. */
export function listLoopbackPorts(
  config: Config,
  profile: ContainerProfile | undefined,
): Map<number, string> {
  const ports = new Map<number, string>();
  for (const [name, backend] of Object.entries(config.backends)) {
    if (backend.location === "cloud") continue;
    for (const raw of backend.urls) {
      const url = new URL(raw);
      const host = url.hostname.replace(/^\[|\]$/g, "");
      if (!LOOPBACK.has(host) && host !== "localhost") continue;
      const container = backend.container && profile?.containers[backend.container]
        ? backend.container
        : undefined;
      const flag = backend.kind === "wyoming" ? `--uri tcp://127.0.0.1:${url.port}` : "--host 127.0.0.1";
      ports.set(
        Number(url.port),
        container
          ? `${flag} in containers.${container}.cmd`
          : `start the server of backends.${name} with ${flag}`,
      );
    }
  }
  for (const [name, spec] of Object.entries(profile?.containers ?? {})) {
    if (parseImageReference(spec.image).repository.endsWith("rhasspy/wyoming-piper")) {
      ports.set(WYOMING_PIPER_WEB_UI_PORT, `--web-server-host 127.0.0.1 in containers.${name}.cmd`);
    }
  }
  return ports;
}

/** Fails for each of our ports that answers on one of the host's other addresses. */
export async function checkListeners(
  config: Config,
  profile: ContainerProfile | undefined,
): Promise<DoctorCheck[]> {
  const head = { family: "listeners", target: "host", name: "loopback only" };
  const check = await runCheck(head, {
    probe: async () => {
      let addresses: string[];
      try {
        addresses = listOwnAddresses();
      } catch {
        return skip("cannot list the host's addresses (needs --allow-sys=networkInterfaces)");
      }
      if (addresses.length === 0) return skip("the host has no address beyond loopback");
      const ports = listLoopbackPorts(config, profile);
      const probes = [...ports.keys()].flatMap((port) => addresses.map((address) => ({ address, port })));
      const open = (await Promise.all(probes.map(async (p) => (await accepts(p.address, p.port)) ? [p] : [])))
        .flat();
      if (open.length === 0) {
        return ok(`${ports.size} local server ports closed on ${addresses.join(", ")}`);
      }
      const where = open.map((s) => `${s.address.includes(":") ? `[${s.address}]` : s.address}:${s.port}`);
      const fixes = [...new Set(open.map((s) => ports.get(s.port)!))];
      return fail(`listening beyond loopback: ${where.join(", ")}`, fixes.join("; "));
    },
    onError: "check the host's network addresses",
  });
  return [check];
}
