/**
 * The Ollama API's request bodies, as ollama/ollama api/types.go@fb30760996871fa9460115c753afd2c60d4ab0f7
 * declares them (`ChatRequest`, `GenerateRequest`, `EmbedRequest`, `EmbeddingRequest`, `ShowRequest`,
 * `Options`). Loose: fields the router has no use for (`template`, `context`, `logprobs`, `num_gpu`, …) are
 * accepted and left out, as Ollama ignores unknown ones.
 */
import { z } from "zod";
import { nullAsAbsent } from "../chat/omit_null_fields.ts";

/** `think`: a boolean, or a level for models that take one (api/types.go `ThinkValue`). */
const thinkSchema = z.union([z.boolean(), z.enum(["low", "medium", "high", "max"])]);

/** `keep_alive`: a duration string (`"5m"`, `"-1"`) or a number of seconds (api/types.go `Duration`). */
const keepAliveSchema = z.union([z.string(), z.number()]);

/** `format`: `"json"`, a JSON schema, or empty for none (server/routes.go accepts `""` and `null`). */
const formatSchema = z.union([z.literal(""), z.literal("json"), z.looseObject({})]).nullable();

/**
 * The `Options` the router maps onto the chat request; the runner's others (`num_gpu`, …) are ignored. A
 * `null` is "not set", as Go's JSON decoding reads it.
 */
export const ollamaOptionsSchema = z.looseObject({
  "num_predict": z.number().int().nullish(),
  temperature: z.number().nullish(),
  "top_p": z.number().nullish(),
  "top_k": z.number().int().nullish(),
  "min_p": z.number().nullish(),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
  seed: z.number().int().nullish(),
  "num_ctx": z.number().int().nullish(),
  "presence_penalty": z.number().nullish(),
  "frequency_penalty": z.number().nullish(),
  "repeat_penalty": z.number().nullish(),
});

/** A tool call as Ollama writes it: the arguments are an object, not a JSON string. */
export const ollamaToolCallSchema = z.looseObject({
  id: z.string().optional(),
  function: z.looseObject({
    index: z.number().int().optional(),
    name: z.string(),
    arguments: z.record(z.string(), z.unknown()).default({}),
  }),
});

/**
 * A `null` in these text and switch fields is "not set", as Go's `encoding/json` leaves a string or bool
 * field unset for it (api/types.go declares them without pointers); zod would refuse it with a 400.
 */
const NULLABLE_MESSAGE_FIELDS = ["content", "thinking", "tool_name", "tool_call_id"];
const NULLABLE_GENERATE_FIELDS = ["prompt", "suffix", "system", "raw"];

/** One message (api/types.go `Message`); images are base64 strings. */
export const ollamaMessageSchema = nullAsAbsent(
  NULLABLE_MESSAGE_FIELDS,
  z.looseObject({
    role: z.string().transform((role) => role.toLowerCase()),
    content: z.string().default(""),
    thinking: z.string().optional(),
    images: z.array(z.string()).nullable().optional(),
    "tool_calls": z.array(ollamaToolCallSchema).nullable().optional(),
    "tool_name": z.string().optional(),
    "tool_call_id": z.string().optional(),
  }),
);

const common = {
  model: z.string().min(1, "model is required"),
  stream: z.boolean().nullable().optional(),
  format: formatSchema.optional(),
  options: ollamaOptionsSchema.nullable().optional(),
  think: thinkSchema.nullable().optional(),
  "keep_alive": keepAliveSchema.nullable().optional(),
};

/** `POST /api/chat`. */
export const ollamaChatSchema = z.looseObject({
  ...common,
  messages: z.array(ollamaMessageSchema).nullable().default([]),
  /** `false` sends the whole history even when it outgrows the context (api/types.go `ChatRequest.Truncate`). */
  truncate: z.boolean().nullable().optional(),
  tools: z.array(z.looseObject({ type: z.string().default("function") })).nullable().optional(),
});

/** `POST /api/generate`. */
export const ollamaGenerateSchema = nullAsAbsent(
  NULLABLE_GENERATE_FIELDS,
  z.looseObject({
    ...common,
    prompt: z.string().default(""),
    suffix: z.string().optional(),
    system: z.string().optional(),
    raw: z.boolean().optional(),
    images: z.array(z.string()).nullable().optional(),
  }),
);

/** `POST /api/embed`: one input or many; none (`""`, `[]`, null or absent) is an empty answer, as in Ollama. */
export const ollamaEmbedSchema = z.looseObject({
  model: z.string().min(1, "model is required"),
  input: z.union([z.string(), z.array(z.string())]).nullish(),
  truncate: z.boolean().optional(),
  dimensions: z.number().int().positive().optional(),
  "keep_alive": keepAliveSchema.nullable().optional(),
  options: z.looseObject({}).nullable().optional(),
});

/** `POST /api/embeddings`, the older single-prompt form (`name` is its deprecated model field). */
export const ollamaEmbeddingsSchema = z.looseObject({
  model: z.string().optional(),
  name: z.string().optional(),
  prompt: z.string(),
  "keep_alive": keepAliveSchema.nullable().optional(),
});

/** `POST /api/show` (`name` is the deprecated spelling of `model`). */
export const ollamaShowSchema = z.looseObject({ model: z.string().nullish(), name: z.string().nullish() });

export type OllamaChatRequest = z.infer<typeof ollamaChatSchema>;
export type OllamaGenerateRequest = z.infer<typeof ollamaGenerateSchema>;
export type OllamaOptions = z.infer<typeof ollamaOptionsSchema>;
export type OllamaMessage = z.infer<typeof ollamaMessageSchema>;

/** Ollama's model names carry a tag; `:latest` is the default one, so `ai-router:latest` is `ai-router`. */
export function toRouterModel(model: string): string {
  return model.endsWith(":latest") ? model.slice(0, -":latest".length) : model;
}
