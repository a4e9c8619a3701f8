import { z } from "zod";
import { priceSchema, usersSchema } from "./users_schema.ts";
import { audioSchema, visionSchema } from "./audio_schema.ts";
import { backendSchema, NAME_PATTERN } from "./backend_schema.ts";
import { responsesSchema } from "./responses_schema.ts";
import { reviewSchema } from "./review_schema.ts";
import { routingSchema } from "./routing_schema.ts";
import { supervisorSchema } from "./supervisor_schema.ts";

/** The HTTP edge. */
export const serverSchema = z.strictObject({
  host: z.string().min(1).default("127.0.0.1"),
  port: z.number().int().min(0).max(65_535).default(8080),
  /**
   * A second listener serving the Ollama API for apps that speak only Ollama (Ollama's own default port);
   * 0 turns it off. When the port is taken (a real Ollama on the box) the router says so and serves on.
   */
  ollamaPort: z.number().int().min(0).max(65_535).default(11434),
  /** Largest request body; images arrive base64-encoded, so vision wants at least 64 MiB. */
  maxBodyBytes: z.number().int().positive().default(64 * 1024 * 1024),
  /** Origins allowed by CORS; `*` allows any (Open WebUI direct connections, PWAs). */
  corsOrigins: z.array(z.string()).default(["*"]),
  /** How long `SIGTERM` waits for in-flight streams before the process exits. */
  shutdownGraceMs: z.number().int().nonnegative().default(10_000),
  /**
   * A client connection with no request in flight for this long is closed: silent after connecting, stuck
   * mid-headers (slowloris) or idle on keep-alive, so clients cannot use up the file descriptors. A request
   * in flight (a long stream) is never cut. 0 turns it off. Read at start (restart to change).
   */
  idleTimeoutMs: z.number().int().nonnegative().default(60_000),
  /** With no keys configured the router binds to loopback only, unless this says otherwise. */
  allowOpenWithoutKeys: z.boolean().default(false),
  /**
   * Serve HTTPS (and `wss:`) with this certificate and key (PEM files; `ai-router tls init` makes them). A
   * phone's browser gives a page the microphone only over HTTPS, and the openai client's Realtime classes
   * open only `wss:` URLs. Read at start (restart to change).
   */
  tls: z.object({ certFile: z.string().min(1), keyFile: z.string().min(1) }).optional(),
});

/** Voice sessions over the Realtime API (`/v1/realtime`, the `/talk` page). */
export const realtimeSchema = z.object({
  /**
   * Off by default: serving WebSockets turns off `server.idleTimeoutMs` (Deno's one-connection server ends
   * upgraded sockets; docs/decisions.md). Read at start (restart to change).
   */
  enabled: z.boolean().default(false),
  /** A session with no client event for this long is closed with an error event saying so. */
  idleTimeoutMs: z.number().int().positive().default(300_000),
});

/** One JSON file per routed request (docs/decisions.md, "Session log files"). */
export const sessionLogsSchema = z.strictObject({
  enabled: z.boolean().default(true),
  dir: z.string().default("/var/log/ai-router/sessions"),
  maxAgeDays: z.number().positive().default(7),
  maxFiles: z.number().int().positive().default(5_000),
  /**
   * Entries waiting to be written. A full queue holds new requests back until it has room, so nothing is
   * lost; when no write finishes for 10 s the requests go through, and entries that find the queue full
   * are dropped and counted until writes resume.
   */
  queueSize: z.number().int().positive().default(1_000),
  /**
   * With a full queue: `wait` holds new requests back (docs/decisions.md, "Session log files": nothing lost); `drop` serves them at
   * once and drops their entries, counted (§6, never block a request). Sustained overload is the only case.
   */
  whenFull: z.enum(["wait", "drop"]).default("wait"),
  /** How long `wait` holds requests for a writer that makes no progress before it drops instead. */
  admitWaitMs: z.number().int().positive().default(10_000),
  /** Socket addresses whose `X-Forwarded-For` is believed for `client_ip`. */
  trustedProxies: z.array(z.string()).default([]),
});

/** The whole YAML file. Every default lives here, so the parsed result has every field. */
export const configSchema = z.strictObject({
  /** The virtual model clients pick. */
  publicModel: z.string().min(1).default("ai-router"),
  /** A directory whose prompt files override the embedded ones, file by file. */
  promptsDir: z.string().optional(),
  logLevel: z.enum(["debug", "info", "warn", "error"]).default("info"),
  server: serverSchema.prefault({}),
  realtime: realtimeSchema.prefault({}),
  backends: z.record(
    z.string().regex(NAME_PATTERN, "Backend names are lower case letters, digits, - and _"),
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
  responses: responsesSchema.prefault({}),
  review: reviewSchema.prefault({}),
  /** What the status page calls things: plain names per backend or audio service (`primary: Quick answers`). */
  statusPage: z.strictObject({
    names: z.record(z.string(), z.string().min(1)).default({}),
  }).prefault({}),
}).superRefine((config, ctx) => {
  const names = new Set(Object.keys(config.backends));
  const checkRef = (name: string | undefined, path: (string | number)[]) => {
    if (name !== undefined && !names.has(name)) {
      ctx.addIssue({ code: "custom", path, message: `No backend named "${name}"` });
    }
  };
  checkRef(config.routing.defaultBackend, ["routing", "defaultBackend"]);
  checkRef(config.routing.completionsBackend, ["routing", "completionsBackend"]);
  checkRef(config.routing.embeddingsBackend, ["routing", "embeddingsBackend"]);
  for (const key of ["transcriptionBackend", "translationBackend", "speechBackend"] as const) {
    checkRef(config.audio[key], ["audio", key]);
  }
  checkRef(config.vision.backend, ["vision", "backend"]);
  checkRef(config.users.privacy.localBackend, ["users", "privacy", "localBackend"]);
  const local = config.users.privacy.localBackend;
  if (local !== undefined && config.backends[local]?.location === "cloud") {
    ctx.addIssue({
      code: "custom",
      path: ["users", "privacy", "localBackend"],
      message: `Backend "${local}" is in the cloud; the privacy plan needs a local one`,
    });
  }
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
  checkRef(config.review.judgeBackend, ["review", "judgeBackend"]);
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
  const pool = config.users.pool;
  const poolNames = [
    ...(pool?.members ?? []).map((name, index) => [name, ["members", index]] as const),
    ...Object.keys(pool?.shares ?? {}).map((name) => [name, ["shares", name]] as const),
  ];
  for (const [name, path] of poolNames) {
    if (name in config.users.members) continue;
    ctx.addIssue({
      code: "custom",
      path: ["users", "pool", ...path],
      message: `No member "${name}" in users.members`,
    });
  }
  // A budget over an unpriced cloud never runs out: refuse it rather than let it look like protection.
  const unpriced = Object.entries(config.backends)
    .filter(([name, backend]) => backend.location === "cloud" && !(name in config.prices))
    .map(([name]) => name);
  for (const [member, { limits }] of Object.entries(config.users.members)) {
    const budget = limits.cloudSpendPerDayUsd !== undefined
      ? "cloudSpendPerDayUsd"
      : limits.cloudSpendPerMonthUsd !== undefined
      ? "cloudSpendPerMonthUsd"
      : undefined;
    if (budget === undefined || unpriced.length === 0) continue;
    ctx.addIssue({
      code: "custom",
      path: ["users", "members", member, "limits", budget],
      message: `A cloud budget needs prices for ${
        unpriced.map((n) => `"${n}"`).join(", ")
      } (prices.<backend>)`,
    });
  }
});

/** The validated config with every default filled in. */
export type Config = z.infer<typeof configSchema>;
