import { z } from "zod";
import { nullAsAbsent } from "./omit_null_fields.ts";

const nullableNumber = (min: number, max: number) => z.number().min(min).max(max).nullable().optional();
const tokenLimit = z.number().int().positive().nullable().optional();

const textPart = z.looseObject({ type: z.literal("text"), text: z.string() });
const imageUrlPart = z.looseObject({
  type: z.literal("image_url"),
  // Some clients send the URL as a bare string; it is normalised before routing.
  image_url: z.union([z.string(), z.looseObject({ url: z.string(), detail: z.string().optional() })]),
});

/** Content parts real clients send; a part of another type is a 400, as with OpenAI. */
export const contentPartSchema = z.discriminatedUnion("type", [
  textPart,
  imageUrlPart,
  z.looseObject({ type: z.literal("input_image") }),
  z.looseObject({ type: z.literal("video_url") }),
  z.looseObject({ type: z.literal("input_audio"), input_audio: z.looseObject({ data: z.string() }) }),
  z.looseObject({ type: z.literal("file"), file: z.looseObject({}) }),
  z.looseObject({ type: z.literal("refusal"), refusal: z.string() }),
]);

/** Optional message fields a `null` stands for the absence of (as in vLLM's request models). */
const NULLABLE_MESSAGE_FIELDS = [
  "name",
  "tool_calls",
  "tool_call_id",
  "function_call",
  "refusal",
  "audio",
  "annotations",
];
/** Optional request fields a `null` stands for the absence of; the sampling fields keep their null. */
const NULLABLE_REQUEST_FIELDS = ["tools", "tool_choice", "parallel_tool_calls", "response_format"];

/** One chat message; `function` is the deprecated role some older clients still send. */
export const chatMessageSchema = nullAsAbsent(
  NULLABLE_MESSAGE_FIELDS,
  z.looseObject({
    role: z.enum(["system", "developer", "user", "assistant", "tool", "function"]),
    content: z.union([z.string(), z.array(contentPartSchema)]).nullable().optional(),
    name: z.string().optional(),
    tool_calls: z.array(z.looseObject({})).optional(),
    tool_call_id: z.string().optional(),
  }),
);

/**
 * `POST /v1/chat/completions`. Loose on purpose: unknown fields pass through to the upstream, as clients
 * send vendor extras (`chat_template_kwargs`, `structured_outputs`, `user` objects, …).
 */
export const chatRequestSchema = nullAsAbsent(
  NULLABLE_REQUEST_FIELDS,
  z.looseObject({
    model: z.string().optional(),
    messages: z.array(chatMessageSchema).min(1),
    stream: z.boolean().nullable().optional(),
    stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
    max_tokens: tokenLimit,
    max_completion_tokens: tokenLimit,
    temperature: nullableNumber(0, 2),
    top_p: nullableNumber(0, 1),
    presence_penalty: nullableNumber(-2, 2),
    frequency_penalty: nullableNumber(-2, 2),
    n: z.number().int().min(1).max(128).nullable().optional(),
    seed: z.number().int().nullable().optional(),
    stop: z.union([z.string(), z.array(z.string())]).nullable().optional(),
    tools: z.array(z.looseObject({ type: z.string() })).optional(),
    tool_choice: z.union([z.string(), z.looseObject({})]).optional(),
    parallel_tool_calls: z.boolean().optional(),
    reasoning_effort: z.string().nullable().optional(),
    logprobs: z.boolean().nullable().optional(),
    top_logprobs: z.number().int().min(0).max(20).nullable().optional(),
    response_format: z.looseObject({ type: z.string() }).optional(),
  }),
);

/** A validated chat request. */
export type ChatRequest = z.infer<typeof chatRequestSchema>;
/** A validated chat message. */
export type ChatMessage = z.infer<typeof chatMessageSchema>;
