import { deepEqual, equal } from "node:assert/strict";
import { parseUpstreamError, toNetworkError, toUpstreamError } from "./upstream_error.ts";

const json = (status: number, body: unknown, { headers = {} }: { headers?: Record<string, string> } = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

Deno.test("toUpstreamError() passes a client mistake through with the upstream's OpenAI error", async () => {
  const error = await toUpstreamError(
    json(400, {
      error: { message: "bad temperature", type: "invalid_request_error", param: "temperature", code: "x" },
    }),
    "primary",
  );
  deepEqual([error.status, error.message, error.type, error.param, error.code], [
    400,
    "bad temperature",
    "invalid_request_error",
    "temperature",
    "x",
  ]);
});

Deno.test("toUpstreamError() turns vLLM's 422 into 400 and keeps a 429's Retry-After", async () => {
  equal((await toUpstreamError(json(422, { detail: "field required" }), "primary")).status, 400);
  const limited = await toUpstreamError(
    json(429, { error: "slow down" }, { headers: { "retry-after": "7" } }),
    "cloud",
  );
  deepEqual([limited.status, limited.message, limited.headers], [429, "slow down", { "retry-after": "7" }]);
});

Deno.test("toUpstreamError() answers 502 for upstream failures and credentials, 504 for timeouts", async () => {
  const failed = await toUpstreamError(new Response("Internal Server Error", { status: 500 }), "primary");
  deepEqual([failed.status, failed.code], [502, "upstream_error"]);
  equal(failed.message, 'Backend "primary" failed with status 500: Internal Server Error');
  equal((await toUpstreamError(json(401, { error: { message: "bad key" } }), "cloud")).status, 502);
  equal((await toUpstreamError(json(504, { message: "gateway" }), "cloud")).status, 504);
});

Deno.test("toNetworkError() says which backend could not be reached, or that it timed out", () => {
  const refused = toNetworkError(new TypeError("error sending request: Connection refused"), {
    backendName: "primary",
    timedOut: false,
  });
  deepEqual([refused.status, refused.message], [502, 'Cannot reach backend "primary": Connection refused']);
  equal(toNetworkError(new Error("x"), { backendName: "primary", timedOut: true }).status, 504);
});

Deno.test("parseUpstreamError() reads every error body shape model servers send, and nothing else", () => {
  deepEqual(parseUpstreamError({ error: { message: "m", type: "t", param: "p", code: 7 } }), {
    message: "m",
    type: "t",
    param: "p",
    code: null,
  });
  deepEqual(parseUpstreamError({ error: "slow down" }), { message: "slow down" });
  deepEqual(
    parseUpstreamError({ object: "error", message: "old vLLM", type: "BadRequestError", code: 400 }),
    {
      message: "old vLLM",
      type: "BadRequestError",
    },
  );
  deepEqual(parseUpstreamError({ detail: "field required" }), { message: "field required" });
  equal(parseUpstreamError({ detail: [{ msg: "x" }] }), undefined);
  equal(parseUpstreamError("plain text"), undefined);
});
