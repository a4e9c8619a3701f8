import type { EngineConfig, EngineTlsConfig } from "../config/engine_schema.ts";
import { ConfigError } from "../config/load_config.ts";
import { type DockerTls, parseDockerHost } from "./docker_endpoint.ts";
import { DockerRuntime } from "./docker_runtime.ts";

/** The DOCKER_CERT_PATH file names (docker/cli `cli/flags/options.go`: DefaultCaFile, DefaultCertFile, DefaultKeyFile). */
const CERT_PATH_FILES = { ca: "ca.pem", cert: "cert.pem", key: "key.pem" } as const;

/** Where each TLS file of an engine is: named one by one, else in `certPath`. */
export function toTlsFiles(tls: EngineTlsConfig): Record<keyof typeof CERT_PATH_FILES, string> {
  const pick = (field: keyof typeof CERT_PATH_FILES) =>
    tls[field] ?? `${tls.certPath!.replace(/\/+$/, "")}/${CERT_PATH_FILES[field]}`;
  return { ca: pick("ca"), cert: pick("cert"), key: pick("key") };
}

/** Reads an engine's CA, certificate and key; a `ConfigError` names the engine, the key and the file. */
export async function readEngineTls(name: string, tls: EngineTlsConfig): Promise<DockerTls> {
  const files = toTlsFiles(tls);
  const read = async (field: keyof typeof files) => {
    try {
      return await Deno.readTextFile(files[field]);
    } catch (error) {
      const key = tls[field] === undefined ? `tls.certPath (${CERT_PATH_FILES[field]})` : `tls.${field}`;
      throw new ConfigError(
        `Cannot use engine "${name}": supervisor.engines.${name}.${key} "${files[field]}": ${
          (error as Error).message
        }`,
      );
    }
  };
  return { ca: await read("ca"), cert: await read("cert"), key: await read("key") };
}

/** Where the router probes an engine's containers (host networking): `probeHost`, else the tcp host, else loopback. */
export function toProbeHost(engine: EngineConfig): string {
  if (engine.probeHost) return engine.probeHost;
  if (!engine.host.startsWith("tcp://")) return "127.0.0.1";
  return new URL(`http://${engine.host.slice("tcp://".length)}`).hostname.replace(/^\[|\]$/g, "");
}

/**
 * The runtime for one configured engine, not yet connected: it negotiates on first use, so an engine that
 * is down at startup is retried by its supervisor instead of failing the router. Missing TLS files fail here.
 */
export async function createEngineRuntime(name: string, engine: EngineConfig): Promise<DockerRuntime> {
  const endpoint = parseDockerHost(engine.host);
  const options = { timeoutMs: engine.timeoutMs, probeHost: toProbeHost(engine) };
  if (endpoint.kind === "unix" || !engine.tls) return new DockerRuntime(endpoint, options);
  const tls = await readEngineTls(name, engine.tls);
  return new DockerRuntime(
    { kind: "tcp", origin: endpoint.origin.replace(/^http:/, "https:"), tls },
    options,
  );
}
