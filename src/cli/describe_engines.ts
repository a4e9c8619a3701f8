import type { SupervisorConfig } from "../config/supervisor_schema.ts";
import { readEngineTls, toProbeHost, toTlsFiles } from "../supervisor/create_engine_runtime.ts";
import { checkEnginesConfig } from "../supervisor/start_engine_supervision.ts";

/**
 * The `check` lines for `supervisor.engines`: each box, how it is reached and where it is probed. Reads
 * every TLS file, so a missing or unreadable one fails `check` (`ConfigError` naming the key and file)
 * before `serve` would. Reaching the engines is `doctor`'s job.
 */
export async function describeEngines(supervisor: SupervisorConfig): Promise<string | undefined> {
  const engines = Object.entries(supervisor.engines ?? {});
  if (engines.length === 0) return undefined;
  checkEnginesConfig(supervisor);
  const lines = ["Engines (the first runs the containers that name no engine):"];
  for (const [name, engine] of engines) {
    let how = "";
    if (engine.tls) {
      await readEngineTls(name, engine.tls);
      const files = toTlsFiles(engine.tls);
      how = `, mutual TLS (ca ${files.ca}, cert ${files.cert}, key ${files.key})`;
    }
    lines.push(`  ${name}: ${engine.host}${how}, containers probed at ${toProbeHost(engine)}`);
  }
  return lines.join("\n");
}
