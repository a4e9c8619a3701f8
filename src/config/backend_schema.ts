import { z } from "zod";

/** Backend and container names: lower case letters, digits, - and _. */
export const NAME_PATTERN = /^[a-z][a-z0-9_-]*$/;

/** Upstream timeouts; `firstByteMs` is long enough for a model server's cold start. */
export const timeoutsSchema = z.strictObject({
  /** Until the upstream's response headers arrive. */
  firstByteMs: z.number().int().positive().default(120_000),
  /** Longest silence between two chunks of a stream, or while reading a whole body. */
  idleMs: z.number().int().positive().default(60_000),
  /**
   * Until the headers of ENRICH's context hop (a Responses API search answers only when done, 20–45 s
   * with several searches), separate from `firstByteMs` of the answers this backend streams.
   */
  contextMs: z.number().int().positive().default(120_000),
});

/**
 * Request fields a cloud backend never gets unless its `dropParams` says otherwise. xAI's reasoning models
 * answer 400 to `stop`, `presence_penalty` and `frequency_penalty` (docs.x.ai
 * developers/model-capabilities/text/reasoning: "cannot be used with reasoning models"), and the rest are
 * vLLM's own extras. `reasoning_effort` is not here: grok-4.3 accepts it
 * (none/low/medium/high, same page); add it for grok-4 / grok-4.20 models, which refuse it.
 */
export const CLOUD_DROP_PARAMS = [
  "stop",
  "presence_penalty",
  "frequency_penalty",
  "chat_template_kwargs",
  "structured_outputs",
  "top_k",
  "min_p",
  "repetition_penalty",
];

/** One named upstream. `urls` are replicas of the same model, balanced by least outstanding requests. */
export const backendSchema = z.strictObject({
  /** `openai` (vLLM, speaches, whisper.cpp, cloud), `wyoming` (tcp://), `piper-http` (Piper's own server). */
  kind: z.enum(["openai", "wyoming", "piper-http"]).default("openai"),
  /** Base URLs including `/v1`, e.g. `http://127.0.0.1:8000/v1`; `tcp://host:port` for `wyoming`. */
  urls: z.array(z.url({ protocol: /^(https?|tcp)$/ })).min(1),
  /**
   * An OpenAI-style Whisper server's dialect: `openai` (speaches, vLLM) has `/audio/translations` and
   * detects the language when none is sent; whisper.cpp's `whisper-server` has one path (translation is
   * `translate=true` on it) and assumes English unless sent `language=auto` (ggml-org/whisper.cpp `examples/server/README.md`).
   */
  whisperFlavour: z.enum(["openai", "whisper.cpp"]).default("openai"),
  /** Piper HTTP server variant (docs/decisions.md, "Audio servers"); `auto` probes `GET /info` and never picks `legacy`. */
  piperFlavour: z.enum(["auto", "v1.5", "v1.3", "legacy"]).default("auto"),
  /** The model id the upstream serves (vLLM's `--served-model-name`). */
  model: z.string().min(1),
  /** `local` models run on the box; `cloud` ones cost money and leave it. */
  location: z.enum(["local", "cloud"]).default("local"),
  /** Name of the variable (in `.secrets` or the environment) that holds the API key; never the key itself. */
  apiKeyEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/).optional(),
  /** Readiness probe URL; default `<origin>/health` for local backends and `<base>/models` for cloud ones. */
  healthUrl: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Server-side search tools of a cloud backend, e.g. xAI's `web_search` and `x_search`. When set, ENRICH's
   * context request goes to the Responses API (`POST <base>/responses` with these tools): xAI searches only
   * there, its chat completions answer from training data (its old Live Search parameters are gone).
   */
  searchTools: z.array(z.string().regex(/^[a-z_]+$/)).optional(),
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
  container: z.string().regex(NAME_PATTERN).optional(),
  /**
   * Request fields removed before a chat request goes to this backend (the session log notes each one);
   * unset: {@linkcode CLOUD_DROP_PARAMS} for a cloud backend, nothing for a local one.
   */
  dropParams: z.array(z.string().min(1)).optional(),
  /**
   * The fill-in-the-middle prompt for `/v1/completions` with a `suffix` (vLLM refuses `suffix`): `{prefix}`
   * and `{suffix}` in the model's own FIM tokens, e.g. Qwen coders'
   * `<|fim_prefix|>{prefix}<|fim_suffix|>{suffix}<|fim_middle|>`. Unset: the suffix is dropped, with a note.
   */
  fimTemplate: z.string().includes("{prefix}").includes("{suffix}").optional(),
}).transform((backend) => ({
  ...backend,
  dropParams: backend.dropParams ?? (backend.location === "cloud" ? CLOUD_DROP_PARAMS : []),
}));

/** One validated backend entry. */
export type BackendConfig = z.infer<typeof backendSchema>;
