import { z } from "zod";

/** The store behind `previous_response_id` and `GET`/`DELETE /v1/responses/{id}`. */
export const responsesSchema = z.strictObject({
  /** One file per response here; default `$STATE_DIRECTORY/responses`, else memory only (lost on restart). */
  dir: z.string().optional(),
  /** How long a response is kept (OpenAI keeps them 30 days). */
  retentionDays: z.number().positive().default(30),
  /** The oldest responses are removed while the store holds more than this. */
  maxBytes: z.number().int().positive().default(256 * 1024 * 1024),
});

/** The validated `responses` section. */
export type ResponsesConfig = z.infer<typeof responsesSchema>;
