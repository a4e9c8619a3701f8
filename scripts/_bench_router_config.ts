/** The router config `scripts/bench.ts` runs: its whole pipeline on the simulators. */

/**
 * The router's whole pipeline (PRODUCT.md §12): a member key, validation, the rule stage, the classifier
 * (the bench sends one conversation, so every request after the first is a cache hit), metrics, and
 * session logs written to files in `dir/sessions` (unless `sessionLogs` is false). The classifier runs on the
 * fast simulator (it picks SIMPLE). `idleTimeoutMs` unset keeps the schema's default (connections served one
 * by one, idle ones closed); 0 serves with plain `Deno.serve`.
 */
export function buildRouterConfig(
  fast: number,
  slow: number,
  dir: string,
  keyHash: string,
  options: { sessionLogs?: boolean; idleTimeoutMs?: number | undefined } = {},
): string {
  const { sessionLogs = true, idleTimeoutMs } = options;
  const idle = idleTimeoutMs === undefined ? "" : `, idleTimeoutMs: ${idleTimeoutMs}`;
  return `
publicModel: ai-router
logLevel: info
server: { host: 127.0.0.1, port: 0${idle} }
backends:
  primary: { urls: ["http://127.0.0.1:${fast}/v1"], model: sim-primary, required: true, maxConcurrent: 256 }
  classifier: { urls: ["http://127.0.0.1:${fast}/v1"], model: sim-primary, maxConcurrent: 256 }
  slow: { urls: ["http://127.0.0.1:${slow}/v1"], model: sim-primary, aliases: [slow], maxConcurrent: 256 }
routing:
  defaultBackend: primary
  plans:
    SIMPLE: { backend: primary }
    MODERATE: { backend: primary }
    COMPLEX: { backend: primary }
    ENRICH: { backend: primary }
  classifier: { backend: classifier }
sessionLogs: { enabled: ${sessionLogs}, dir: ${dir}/sessions }
users:
  stateFile: ${dir}/state.json
  members:
    bench: { key: "${keyHash}", limits: { requestsPerMinute: 100000000 } }
`;
}
