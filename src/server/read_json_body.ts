import { concatBytes } from "../concat_bytes.ts";
import { ApiError, invalidRequest } from "../api_error.ts";
import { findDeepNesting, MAX_JSON_DEPTH } from "./find_deep_nesting.ts";

/** 413 in OpenAI's words. */
export function payloadTooLarge(maxBytes: number): ApiError {
  return new ApiError(413, `Request body too large: maximum allowed size is ${maxBytes} bytes`, {
    code: "request_too_large",
  });
}

/** Reads a request body up to `maxBytes`, whether or not it declared its length. */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (declared > maxBytes) throw payloadTooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  // A declared length is enforced by the HTTP server (it never yields more), so the body can be read in
  // one go; chunked bodies are counted chunk by chunk. The one-go read skips the stream iterator per chunk.
  if (Number.isSafeInteger(declared)) return new Uint8Array(await request.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw payloadTooLarge(maxBytes);
    chunks.push(chunk);
  }
  return concatBytes(chunks, size);
}

const decoder = new TextDecoder();

/** Reads and parses a JSON object body; anything else is a 400 naming what was wrong. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const bytes = await readBodyBytes(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    throw invalidRequest("Cannot parse request body: expected a JSON object", { code: "invalid_json" });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidRequest("Cannot parse request body: expected a JSON object", { code: "invalid_json" });
  }
  const tooDeep = findDeepNesting(value);
  if (tooDeep !== undefined) {
    throw invalidRequest(`Invalid request: ${tooDeep} is nested deeper than ${MAX_JSON_DEPTH} levels`, {
      param: tooDeep,
      code: "invalid_value",
    });
  }
  return value as Record<string, unknown>;
}
