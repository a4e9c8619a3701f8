import { ConfigError } from "../config/load_config.ts";

/** Where `serve` tried to listen, for the message when it cannot. */
export interface ListenTarget {
  hostname: string;
  port: number;
  /** The config file the address came from, or "(embedded default)". */
  source: string;
  /** The port came from `--port` (or the demo's default), which wins over `server.port`. */
  fromFlag: boolean;
}

/**
 * The error `serve` exits with when the socket cannot be bound: Deno's own (`AddrInUse: Address already in
 * use (os error 98)`) names neither the address nor what to change. Other errors pass through unchanged.
 */
export function explainListenError(error: unknown, target: ListenTarget): unknown {
  const address = `${
    target.hostname.includes(":") ? `[${target.hostname}]` : target.hostname
  }:${target.port}`;
  const change = target.fromFlag
    ? "pass another --port"
    : `set server.port in "${target.source}" or pass --port`;
  if (error instanceof Deno.errors.AddrInUse) {
    return new ConfigError(
      `Cannot listen on ${address}: another process already uses port ${target.port} ` +
        `(\`ss -ltnp 'sport = :${target.port}'\` shows which): stop it, or ${change}`,
    );
  }
  if (error instanceof Deno.errors.AddrNotAvailable) {
    return new ConfigError(
      `Cannot listen on ${address}: this machine has no address ${target.hostname}: ` +
        `set server.host in "${target.source}" or pass --host (0.0.0.0 for every address)`,
    );
  }
  if (error instanceof Deno.errors.PermissionDenied && target.port < 1024) {
    return new ConfigError(
      `Cannot listen on ${address}: ports below 1024 need privileges: ${change} (1024 or above)`,
    );
  }
  return error;
}
