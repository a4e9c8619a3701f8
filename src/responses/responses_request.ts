import { z } from "zod";

const tokenLimit = z.number().int().positive().nullable().optional();
const nullableNumber = (min: number, max: number) => z.number().min(min).max(max).nullable().optional();

/** One input item; its `type` is checked when it is translated, so the 400 can name what is unsupported. */
const inputItemSchema = z.looseObject({
  type: z.string().optional(),
  role: z.string().optional(),
  content: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]).optional(),
});

/**
 * `POST /v1/responses` (OpenAPI `CreateResponse`). Loose like the chat schema: fields the router does not
 * use (`metadata`, `include`, `prompt_cache_key`, `safety_identifier`, …) are accepted and ignored.
 */
export const responsesRequestSchema = z.looseObject({
  model: z.string().optional(),
  input: z.union([z.string(), z.array(inputItemSchema)]),
  instructions: z.string().nullable().optional(),
  previous_response_id: z.string().nullable().optional(),
  store: z.boolean().nullable().optional(),
  stream: z.boolean().nullable().optional(),
  background: z.boolean().nullable().optional(),
  max_output_tokens: tokenLimit,
  temperature: nullableNumber(0, 2),
  top_p: nullableNumber(0, 1),
  tools: z.array(z.looseObject({ type: z.string() })).optional(),
  tool_choice: z.union([z.string(), z.looseObject({ type: z.string() })]).optional(),
  parallel_tool_calls: z.boolean().nullable().optional(),
  text: z.looseObject({
    format: z.looseObject({
      type: z.enum(["text", "json_object", "json_schema"]),
      name: z.string().optional(),
      schema: z.record(z.string(), z.unknown()).optional(),
      strict: z.boolean().nullable().optional(),
      description: z.string().optional(),
    }).optional(),
  }).nullable().optional(),
  reasoning: z.looseObject({ effort: z.string().nullable().optional() }).nullable().optional(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  // Open WebUI adds a `user` object for pipeline models; only a string is echoed and passed on.
  user: z.union([z.string(), z.looseObject({})]).optional(),
  // Chat-style fields some converters keep at the top level (Open WebUI's convert_to_responses_payload).
  seed: z.number().int().nullable().optional(),
  reasoning_effort: z.string().nullable().optional(),
});

/** A validated Responses request. */
export type ResponsesRequest = z.infer<typeof responsesRequestSchema>;
