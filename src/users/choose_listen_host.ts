import type { Config } from "../config/config_schema.ts";
import type { KeyRing } from "./key_ring.ts";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Where to listen: the configured host, but loopback only when no keys are configured and not opened. */
export function chooseListenHost(
  host: string,
  { config, ring }: { config: Config; ring: KeyRing },
): { hostname: string; restricted: boolean } {
  if (!ring.isEmpty || config.server.allowOpenWithoutKeys || LOOPBACK.test(host)) {
    return { hostname: host, restricted: false };
  }
  return { hostname: "127.0.0.1", restricted: true };
}

/**
 * Why a reloaded config may not replace the running one: without keys it would leave the router open on
 * `boundHost`, a LAN address it can no longer give up without a restart. Undefined when it may.
 */
export function refuseKeylessReload(
  boundHost: string,
  { config, ring }: { config: Config; ring: KeyRing },
): string | undefined {
  if (!chooseListenHost(boundHost, { config, ring }).restricted) return undefined;
  return `the new config has no keys, and the router listens on ${boundHost}: add keys, set ` +
    "server.allowOpenWithoutKeys, or restart to serve on loopback only";
}
