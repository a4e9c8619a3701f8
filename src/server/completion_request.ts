import { z } from "zod";

/** `POST /v1/completions` (legacy; Continue's autocomplete sends FIM tokens inside `prompt`). */
export const completionRequestSchema = z.looseObject({
  model: z.string().optional(),
  prompt: z.union([
    z.string(),
    z.array(z.string()),
    z.array(z.number().int()),
    z.array(z.array(z.number().int())),
  ]),
  suffix: z.string().nullable().optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  max_tokens: z.number().int().nonnegative().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  n: z.number().int().min(1).max(128).nullable().optional(),
  stop: z.union([z.string(), z.array(z.string())]).nullable().optional(),
  echo: z.boolean().nullable().optional(),
  logprobs: z.number().int().min(0).max(5).nullable().optional(),
});

/** A validated legacy completion request. */
export type CompletionRequest = z.infer<typeof completionRequestSchema>;
