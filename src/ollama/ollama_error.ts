import { ApiError } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";

/**
 * Paths of the Ollama listener that need no key: apps probe `GET /` ("Ollama is running") and
 * `/api/version` before they ask for a key, as Ollama itself never asks for one.
 */
export const OLLAMA_OPEN_PATHS = /^\/(api\/version)?$/;

/**
 * Ollama's error answer: `{"error": "..."}` with the HTTP status (ollama/ollama server/routes.go@fb30760996871fa9460115c753afd2c60d4ab0f7,
 * every `c.AbortWithStatusJSON(status, gin.H{"error": ...})`); the request id and `Retry-After` are kept.
 */
export function toOllamaErrorResponse(error: ApiError, requestId: string | undefined): Response {
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    ...error.headers,
  };
  if (requestId) headers["x-request-id"] = requestId;
  return new Response(JSON.stringify({ error: error.message }), { status: error.status, headers });
}

/** Ollama's 404 for a model it does not have, word for word: `model 'x' not found` (server/routes.go). */
export function modelNotFound(model: string): ApiError {
  return new ApiError(404, `model '${clipForEcho(model)}' not found`, {
    code: "model_not_found",
    param: "model",
  });
}

/** Ollama's 400 for a request without a body (`missing request body`, server/routes.go). */
export function missingBody(): ApiError {
  return new ApiError(400, "missing request body", { code: "invalid_json" });
}
