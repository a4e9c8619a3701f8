import { z } from "zod";

const NAME = /^[a-z][a-z0-9_-]*$/;

/** Upstream timeouts; `firstByteMs` is long enough for a model server's cold start. */
export const timeoutsSchema = z.object({
  /** Until the upstream's response headers arrive. */
  firstByteMs: z.number().int().positive().default(120_000),
  /** Longest silence between two chunks of a stream, or while reading a whole body. */
  idleMs: z.number().int().positive().default(60_000),
});

/** One named upstream. `urls` are replicas of the same model, balanced by least outstanding requests. */
export const backendSchema = z.object({
  kind: z.enum(["openai"]).default("openai"),
  /** Base URLs including `/v1`, e.g. `http://127.0.0.1:8000/v1`. */
  urls: z.array(z.url({ protocol: /^https?$/ })).min(1),
  /** The model id the upstream serves (vLLM's `--served-model-name`). */
  model: z.string().min(1),
  /** `local` models run on the box; `cloud` ones cost money and leave it. */
  location: z.enum(["local", "cloud"]).default("local"),
  /** Name of the variable (in `.secrets` or the environment) that holds the API key; never the key itself. */
  apiKeyEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/).optional(),
  /** Readiness probe URL; default `<origin>/health` for local backends and `<base>/models` for cloud ones. */
  healthUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** A reasoning model: the router strips `max_tokens` so it stops at its own end. */
  reasoning: z.boolean().default(false),
  contextLength: z.number().int().positive().default(32_768),
  inputModalities: z.array(z.enum(["text", "image", "audio"])).default(["text"]),
  /** Model ids clients may name to reach this backend directly (e.g. `code`, `chat-fast`). */
  aliases: z.array(z.string().min(1)).default([]),
  /** `/health/ready` answers 503 while a required backend is down. */
  required: z.boolean().default(false),
  maxConcurrent: z.number().int().positive().default(64),
  maxQueue: z.number().int().nonnegative().default(256),
  /** Extra attempts on another replica when a connection fails before the first byte. */
  retries: z.number().int().nonnegative().default(1),
  timeouts: timeoutsSchema.prefault({}),
});

/** The HTTP edge. */
export const serverSchema = z.object({
  host: z.string().min(1).default("127.0.0.1"),
  port: z.number().int().min(0).max(65_535).default(8080),
  /** Largest request body; images arrive base64-encoded, so vision wants at least 64 MiB. */
  maxBodyBytes: z.number().int().positive().default(64 * 1024 * 1024),
  /** Origins allowed by CORS; `*` allows any (Open WebUI direct connections, PWAs). */
  corsOrigins: z.array(z.string()).default(["*"]),
  /** How long `SIGTERM` waits for in-flight streams before the process exits. */
  shutdownGraceMs: z.number().int().nonnegative().default(10_000),
});

/** What one label leads to: one backend, or the ENRICH two-hop (cloud gathers context, local answers). */
export const planSchema = z.object({
  kind: z.enum(["single", "enrich"]).default("single"),
  /** Answers the request (for `enrich`: the local model that writes the answer). */
  backend: z.string(),
  /** `enrich` only: gathers current context with `prompts/enrichment/system.md`. */
  enrichBackend: z.string().optional(),
  /** Answers instead when `backend` is unavailable, not permitted, over budget or fails before its first byte. */
  fallback: z.string().optional(),
});

/** The classifier call: one constrained decode over the labels. */
export const classifierSchema = z.object({
  /** A backend name; with no such backend every request gets `defaultLabel`. */
  backend: z.string().default("classifier"),
  timeoutMs: z.number().int().positive().default(3_000),
  cacheSize: z.number().int().nonnegative().default(1_000),
  cacheTtlMs: z.number().int().nonnegative().default(600_000),
  /** The label used when the classifier fails, times out or answers garbage. */
  defaultLabel: z.string().default("MODERATE"),
  /** Below this confidence the `lowConfidence` policy applies. */
  minConfidence: z.number().min(0).max(1).default(0.5),
  /** `keep` the label, `escalate` one step along `labels`, or `default` to `defaultLabel`. */
  lowConfidence: z.enum(["keep", "escalate", "default"]).default("keep"),
});

/** How client-generated (META) requests are recognised and served. */
export const metaSchema = z.object({
  backend: z.string().optional(),
  /** An explicit marker header (Open WebUI: `X-OpenWebUI-Task: {{TASK}}`); a non-empty value means META. */
  taskHeader: z.string().default("x-openwebui-task"),
  /** Model ids that mark a task request (Open WebUI's External Task Model). */
  taskModels: z.array(z.string().min(1)).default([]),
});

/** Which backend serves what when no alias is named, and how the classifier decides. */
export const routingSchema = z.object({
  /** Serves chat for the public model. */
  defaultBackend: z.string().default("primary"),
  /** Serves `/v1/completions` (autocomplete); the default backend when unset. */
  completionsBackend: z.string().optional(),
  /** Classifier labels in escalation order (the `escalate` policy moves one step right). */
  labels: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).min(1)
    .default(["SIMPLE", "MODERATE", "COMPLEX", "ENRICH"]),
  /** Plan per label; a label without a plan goes to `defaultBackend`. */
  plans: z.record(z.string(), planSchema).default({
    SIMPLE: { kind: "single", backend: "primary" },
    MODERATE: { kind: "single", backend: "primary" },
    COMPLEX: { kind: "single", backend: "cloud", fallback: "primary" },
    ENRICH: { kind: "enrich", backend: "primary", enrichBackend: "cloud" },
  }),
  classifier: classifierSchema.prefault({}),
  meta: metaSchema.prefault({}),
  /** Requests estimated above this many tokens go to `longContextBackend` (off when unset). */
  longContextTokens: z.number().int().positive().optional(),
  longContextBackend: z.string().optional(),
  /** Start the local answer while classifying streaming requests; kept if the label agrees. */
  speculative: z.boolean().default(true),
  /** Cloud requests get at least this `max_tokens`, so small client defaults do not cut answers. */
  cloudMaxTokensFloor: z.number().int().positive().default(16_384),
  /** Adds a one-line routing note to every answer (fallback notes are always shown). */
  note: z.boolean().default(false),
});

/** One JSON file per routed request (PRODUCT.md §6). */
export const sessionLogsSchema = z.object({
  enabled: z.boolean().default(true),
  dir: z.string().default("/var/log/ai-router/sessions"),
  maxAgeDays: z.number().positive().default(7),
  maxFiles: z.number().int().positive().default(5_000),
  /** Entries waiting to be written; beyond it entries are dropped and counted, never blocking a request. */
  queueSize: z.number().int().positive().default(1_000),
  /** Socket addresses whose `X-Forwarded-For` is believed for `client_ip`. */
  trustedProxies: z.array(z.string()).default([]),
});

/** The whole YAML file. Every default lives here, so the parsed result has every field. */
export const configSchema = z.object({
  /** The virtual model clients pick. */
  publicModel: z.string().min(1).default("ai-router"),
  /** A directory whose prompt files override the embedded ones, file by file. */
  promptsDir: z.string().optional(),
  logLevel: z.enum(["debug", "info", "warn", "error"]).default("info"),
  server: serverSchema.prefault({}),
  backends: z.record(
    z.string().regex(NAME, "Backend names are lower case letters, digits, - and _"),
    backendSchema,
  )
    .refine((backends) => Object.keys(backends).length > 0, "At least one backend is required"),
  routing: routingSchema.prefault({}),
  sessionLogs: sessionLogsSchema.prefault({}),
}).superRefine((config, ctx) => {
  const names = new Set(Object.keys(config.backends));
  const checkRef = (name: string | undefined, path: (string | number)[]) => {
    if (name !== undefined && !names.has(name)) {
      ctx.addIssue({ code: "custom", path, message: `No backend named "${name}"` });
    }
  };
  checkRef(config.routing.defaultBackend, ["routing", "defaultBackend"]);
  checkRef(config.routing.completionsBackend, ["routing", "completionsBackend"]);
  checkRef(config.routing.meta.backend, ["routing", "meta", "backend"]);
  checkRef(config.routing.longContextBackend, ["routing", "longContextBackend"]);
  const labels = config.routing.labels;
  if (!labels.includes(config.routing.classifier.defaultLabel)) {
    ctx.addIssue({
      code: "custom",
      path: ["routing", "classifier", "defaultLabel"],
      message: `Label "${config.routing.classifier.defaultLabel}" is not one of routing.labels`,
    });
  }
  const taken = new Map<string, string>([[config.publicModel, "publicModel"]]);
  for (const [name, backend] of Object.entries(config.backends)) {
    backend.aliases.forEach((alias, index) => {
      const owner = taken.get(alias);
      if (owner) {
        ctx.addIssue({
          code: "custom",
          path: ["backends", name, "aliases", index],
          message: `Alias "${alias}" is already used by ${owner}`,
        });
      }
      taken.set(alias, `backend "${name}"`);
    });
  }
});

/** The validated config with every default filled in. */
export type Config = z.infer<typeof configSchema>;
/** One validated plan. */
export type PlanConfig = z.infer<typeof planSchema>;
/** One validated backend entry. */
export type BackendConfig = z.infer<typeof backendSchema>;
