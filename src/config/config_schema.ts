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
  /** The container (in `supervisor.profile`) that serves this backend; requests wait for it to be ready. */
  container: z.string().regex(NAME).optional(),
});

/** The container supervisor (PRODUCT.md §5); off unless enabled, so backends are external by default. */
export const supervisorSchema = z.object({
  enabled: z.boolean().default(false),
  /** A seed profile (`thor`, `workstation`: `infra/containers/<name>.yaml`) or a path to a profile YAML. */
  profile: z.string().min(1).optional(),
  /** Overrides `DOCKER_HOST` (`unix:///var/run/docker.sock` by default). */
  dockerHost: z.string().min(1).optional(),
  /** Container names are this prefix + the spec name. */
  namePrefix: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/).default("ai-router-"),
  /** How long a request waits for a stopped or starting container before a 503 with `Retry-After`. */
  coldStartMs: z.number().int().positive().default(300_000),
  /** A container not ready this long after its start counts as failed and is restarted. */
  startTimeoutMs: z.number().int().positive().default(900_000),
  reconcileMs: z.number().int().positive().default(5_000),
  probeIntervalMs: z.number().int().positive().default(500),
  probeTimeoutMs: z.number().int().positive().default(2_000),
  /** Failed probes in a row before a ready container counts as unanswering and is restarted. */
  unhealthyAfter: z.number().int().positive().default(3),
  backoff: z.object({
    initialMs: z.number().int().positive().default(1_000),
    maxMs: z.number().int().positive().default(60_000),
  }).prefault({}),
  /** Overrides the profile's budget (device memory minus reserve), in GiB. */
  memoryBudgetGib: z.number().positive().optional(),
  logTailLines: z.number().int().nonnegative().default(20),
  /** Interval of the SSE comments a streaming client gets while its backend starts. */
  keepAliveMs: z.number().int().positive().default(5_000),
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

/** Which backend serves what when no alias is named. */
export const routingSchema = z.object({
  /** Serves chat for the public model. */
  defaultBackend: z.string().default("primary"),
  /** Serves `/v1/completions` (autocomplete); the default backend when unset. */
  completionsBackend: z.string().optional(),
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
  supervisor: supervisorSchema.prefault({}),
}).superRefine((config, ctx) => {
  const names = new Set(Object.keys(config.backends));
  const checkRef = (name: string | undefined, path: (string | number)[]) => {
    if (name !== undefined && !names.has(name)) {
      ctx.addIssue({ code: "custom", path, message: `No backend named "${name}"` });
    }
  };
  checkRef(config.routing.defaultBackend, ["routing", "defaultBackend"]);
  checkRef(config.routing.completionsBackend, ["routing", "completionsBackend"]);
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
/** The validated supervisor section. */
export type SupervisorConfig = z.infer<typeof supervisorSchema>;
/** One validated backend entry. */
export type BackendConfig = z.infer<typeof backendSchema>;
