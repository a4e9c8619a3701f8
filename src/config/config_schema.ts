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
  /** With no keys configured the router binds to loopback only, unless this says otherwise. */
  allowOpenWithoutKeys: z.boolean().default(false),
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
  users: usersSchema.prefault({}),
  /** Cloud prices per backend name, for spend and budgets; a cloud backend without one costs nothing. */
  prices: z.record(z.string(), priceSchema).default({}),
}).superRefine((config, ctx) => {
  const names = new Set(Object.keys(config.backends));
  const checkRef = (name: string | undefined, path: (string | number)[]) => {
    if (name !== undefined && !names.has(name)) {
      ctx.addIssue({ code: "custom", path, message: `No backend named "${name}"` });
    }
  };
  checkRef(config.routing.defaultBackend, ["routing", "defaultBackend"]);
  checkRef(config.routing.completionsBackend, ["routing", "completionsBackend"]);
  for (const name of Object.keys(config.prices)) checkRef(name, ["prices", name]);
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
/** One validated backend entry. */
export type BackendConfig = z.infer<typeof backendSchema>;
