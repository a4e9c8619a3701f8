import { z } from "zod";
import { priceSchema, usersSchema } from "../users/users_schema.ts";

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
  /** `openai` (vLLM, speaches, whisper.cpp, cloud), `wyoming` (tcp://), `piper-http` (Piper's own server). */
  kind: z.enum(["openai", "wyoming", "piper-http"]).default("openai"),
  /** Base URLs including `/v1`, e.g. `http://127.0.0.1:8000/v1`; `tcp://host:port` for `wyoming`. */
  urls: z.array(z.url({ protocol: /^(https?|tcp)$/ })).min(1),
  /** Piper HTTP server variant (AUDIO_VISION.md §3); `auto` probes `GET /info` and never picks `legacy`. */
  piperFlavour: z.enum(["auto", "v1.5", "v1.3", "legacy"]).default("auto"),
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
  /** With no keys configured the router binds to loopback only, unless this says otherwise. */
  allowOpenWithoutKeys: z.boolean().default(false),
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
  /**
   * A second backend for long prompts: at or above `aboveTokens` (estimated) it answers instead of
   * `backend`, e.g. the Thor coders: a dense 32B for short code, a long-context MoE above 8K tokens.
   */
  longContext: z.object({ aboveTokens: z.number().int().positive(), backend: z.string() }).optional(),
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

/** An OpenAI voice name mapped to a Piper voice id and, for multi-speaker voices, a speaker. */
export const voiceMappingSchema = z.object({
  voice: z.string().min(1),
  speaker: z.union([z.string(), z.number().int().nonnegative()]).optional(),
});

/** Speech in and out (AUDIO_VISION.md): which backends, limits and the voice map. */
export const audioSchema = z.object({
  /** Serves `/v1/audio/transcriptions`; audio endpoints answer 400 while unset. */
  transcriptionBackend: z.string().optional(),
  /** Serves `/v1/audio/translations`; the transcription backend when unset. */
  translationBackend: z.string().optional(),
  /** Serves `/v1/audio/speech`. */
  speechBackend: z.string().optional(),
  /** Largest upload; OpenAI's limit is 25 MiB. */
  maxUploadBytes: z.number().int().positive().default(25 * 1024 * 1024),
  /** Transcription formats clients may ask for. */
  responseFormats: z.array(z.enum(["json", "text", "srt", "vtt", "verbose_json"]))
    .default(["json", "text", "srt", "vtt", "verbose_json"]),
  /** OpenAI voice names (`alloy`, …) to Piper voices; other names pass through as Piper voice ids. */
  voices: z.record(z.string(), voiceMappingSchema).default({}),
  /** The voice for names neither mapped nor known to the backend; unknown names are a 400 when unset. */
  defaultVoice: z.string().optional(),
  /** Model ids listed by `GET /v1/audio/models`; any model id is accepted. */
  models: z.array(z.string().min(1)).default(["whisper-1", "tts-1"]),
  /** The ffmpeg binary; without it only WAV input and wav/pcm output work. */
  ffmpegPath: z.string().min(1).default("ffmpeg"),
  /** Longest wait for a Wyoming or Piper answer. */
  timeoutMs: z.number().int().positive().default(120_000),
});

/** Images in chat: where they go and what the router accepts (AUDIO_VISION.md §6). */
export const visionSchema = z.object({
  /** The backend for requests with image parts; such requests get a 400 while unset. */
  backend: z.string().optional(),
  maxImageBytes: z.number().int().positive().default(20_000_000),
  maxTotalBytes: z.number().int().positive().default(50_000_000),
  maxImages: z.number().int().positive().default(500),
  allowedMimeTypes: z.array(z.enum(["image/png", "image/jpeg", "image/webp", "image/gif"]))
    .default(["image/png", "image/jpeg", "image/webp", "image/gif"]),
  /** How long the router waits for an http(s) image it inlines. */
  fetchTimeoutMs: z.number().int().positive().default(5_000),
  /** Lets image URLs point at loopback, private and link-local addresses (LAN images, tests). */
  allowPrivateUrls: z.boolean().default(false),
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
  audio: audioSchema.prefault({}),
  vision: visionSchema.prefault({}),
  supervisor: supervisorSchema.prefault({}),
  users: usersSchema.prefault({}),
  /** Cloud prices per backend name, for spend and budgets; a cloud backend without one costs nothing. */
  prices: z.record(z.string(), priceSchema).default({}),
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
  for (const key of ["transcriptionBackend", "translationBackend", "speechBackend"] as const) {
    checkRef(config.audio[key], ["audio", key]);
  }
  checkRef(config.vision.backend, ["vision", "backend"]);
  for (const [name, backend] of Object.entries(config.backends)) {
    const tcp = backend.kind === "wyoming";
    backend.urls.forEach((url, index) => {
      if (url.startsWith("tcp:") !== tcp) {
        const want = tcp ? "tcp://host:port" : "an http(s) URL";
        ctx.addIssue({
          code: "custom",
          path: ["backends", name, "urls", index],
          message: `Expected ${want}`,
        });
      }
    });
  }
  for (const name of Object.keys(config.prices)) checkRef(name, ["prices", name]);
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
/** The validated `audio` section. */
export type AudioConfig = z.infer<typeof audioSchema>;
/** The validated `vision` section. */
export type VisionConfig = z.infer<typeof visionSchema>;
/** The validated supervisor section. */
export type SupervisorConfig = z.infer<typeof supervisorSchema>;
/** One validated plan. */
export type PlanConfig = z.infer<typeof planSchema>;
/** One validated backend entry. */
export type BackendConfig = z.infer<typeof backendSchema>;
