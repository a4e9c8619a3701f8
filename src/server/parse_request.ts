import type { z } from "zod";
import { invalidRequest } from "../api_error.ts";

/** Validates a parsed body with `schema`; the first issue becomes a 400 whose `param` is its path. */
export function parseRequest<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const param = issue.path.map(String).join(".") || null;
  throw invalidRequest(`Invalid request: ${param ? `${param}: ` : ""}${issue.message}`, {
    param,
    code: "invalid_value",
  });
}
