import { z } from "zod";

/**
 * A copy of `value` without the named fields that are `null`; anything but a plain object comes back as it
 * is, for the schema to refuse. vLLM's pydantic request models take `None` for these optional fields, and
 * Python clients that send `message.model_dump()` back (or beeai-framework's LiteLLM adapter) send them, so
 * the router reads null as absent and does not pass it on to a stricter upstream.
 */
function omitNullFields(value: unknown, names: readonly string[]): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (!names.some((name) => record[name] === null)) return value;
  return Object.fromEntries(
    Object.entries(record).filter(([key, field]) => !(field === null && names.includes(key))),
  );
}

/** `schema`, read after the named fields' `null` is taken out (see {@linkcode omitNullFields}). */
export function nullAsAbsent<Schema extends z.ZodType>(names: readonly string[], schema: Schema) {
  return z.preprocess((value) => omitNullFields(value, names), schema);
}
