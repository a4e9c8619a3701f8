import { z } from "zod";

/** What one label leads to: one backend, or the ENRICH two-hop (cloud gathers context, local answers). */
export const planSchema = z.strictObject({
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
  longContext: z.strictObject({ aboveTokens: z.number().int().positive(), backend: z.string() }).optional(),
});

/** The classifier call: one constrained decode over the labels. */
export const classifierSchema = z.strictObject({
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
export const metaSchema = z.strictObject({
  backend: z.string().optional(),
  /** An explicit marker header (Open WebUI: `X-OpenWebUI-Task: {{TASK}}`); a non-empty value means META. */
  taskHeader: z.string().default("x-openwebui-task"),
  /** Model ids that mark a task request (Open WebUI's External Task Model). */
  taskModels: z.array(z.string().min(1)).default([]),
});

/** Which backend serves what when no alias is named, and how the classifier decides. */
export const routingSchema = z.strictObject({
  /** Serves chat for the public model. */
  defaultBackend: z.string().default("primary"),
  /** Serves `/v1/completions` (autocomplete); the default backend when unset. */
  completionsBackend: z.string().optional(),
  /** Serves `/v1/embeddings` (an embedding model, e.g. vLLM with `--runner pooling`); no embeddings when unset. */
  embeddingsBackend: z.string().optional(),
  /**
   * OpenAI's embedding model names, accepted as the embeddings backend's model because apps and SDK examples
   * send them without asking (`text-embedding-3-small` above all). Not listed in `/v1/models`: pickers would
   * offer them as models of their own, and they are not OpenAI's vectors (other dimensions and values).
   */
  embeddingsModelNames: z.array(z.string().min(1))
    .default(["text-embedding-3-small", "text-embedding-3-large", "text-embedding-ada-002"]),
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
  /** Conversations that stay on their model between turns (docs/routing.md, "Conversation affinity"). */
  affinity: z.strictObject({
    /**
     * A later turn of a local conversation is classified only when it shows a sign of needing more (hard
     * reasoning, fresh facts, code) or is longer than this many tokens; 0 classifies every such turn.
     */
    recheckAboveTokens: z.number().int().nonnegative().default(200),
  }).prefault({}),
  /** Start the local answer while classifying streaming requests; kept if the label agrees. */
  speculative: z.boolean().default(true),
  /**
   * Cloud requests get at least this `max_tokens` upstream, so a reasoning model has room to think; a client's
   * own cap is then applied to the visible answer by the router, which ends it with `finish_reason: "length"`.
   */
  cloudMaxTokensFloor: z.number().int().positive().default(16_384),
  /**
   * A client cap below this many tokens turns a local reasoning model's thinking off (Qwen3's
   * `chat_template_kwargs.enable_thinking: false`), so a small cap (a preview, a title) is spent on the answer;
   * at or above it the model thinks and the cap counts reasoning too, as OpenAI's `max_completion_tokens` does.
   */
  thinkingOffBelowTokens: z.number().int().nonnegative().default(1024),
  /** Adds a one-line routing note to every answer (fallback notes are always shown). */
  note: z.boolean().default(false),
});

/** One validated plan. */
export type PlanConfig = z.infer<typeof planSchema>;
