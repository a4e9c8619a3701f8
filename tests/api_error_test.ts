import { equal, ok } from "node:assert/strict";
import { HTTPException } from "hono/http-exception";
import { ApiError, toApiError, toClientError, upstreamFailed } from "../src/api_error.ts";

Deno.test("an ApiError keeps its cause, and upstreamFailed() passes one on", () => {
  const cause = new TypeError("connection reset");
  const error = upstreamFailed('Backend "primary" broke off its answer', { cause });
  equal(error.cause, cause);
  equal(new ApiError(400, "x").cause, undefined);
});

Deno.test("toApiError() keeps an HTTPException's status and anything else as a generic 500 with its cause", () => {
  const bad = toApiError(new HTTPException(400, { message: "Malformed JSON in request body" }));
  equal(bad.status, 400);
  ok(bad.cause instanceof HTTPException);
  const unknown = new RangeError("boom");
  const generic = toApiError(unknown);
  equal(generic.status, 500);
  equal(generic.message, "The server had an error while processing your request");
  equal(generic.cause, unknown);
});

Deno.test("toClientError() gives one status for the answer and the metric: 499 when the client left", () => {
  const failure = upstreamFailed("down");
  equal(toClientError(failure, { clientLeft: false }), failure);
  const left = toClientError(failure, { clientLeft: true });
  equal(left.status, 499);
  equal(left.code, "client_closed");
  equal(left.cause, failure);
});
