import { equal, match, ok } from "node:assert/strict";
import { createLogger } from "../src/logger.ts";
import { startTestRouter } from "./test_router.ts";

const chatBody = JSON.stringify({ model: "ai-router", messages: [{ role: "user", content: "hi" }] });

Deno.test("every response carries x-request-id, and a caller's own id is echoed", async () => {
  await using router = await startTestRouter();
  const generated = await fetch(`${router.baseUrl}/v1/models`);
  await generated.body?.cancel();
  match(generated.headers.get("x-request-id") ?? "", /^req_[0-9a-f]{32}$/);

  const echoed = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: chatBody,
    headers: { "x-request-id": "trace-123" },
  });
  await echoed.body?.cancel();
  equal(echoed.headers.get("x-request-id"), "trace-123");
  // Each upstream hop carries the caller's id plus its own suffix (vLLM refuses an id already in flight).
  equal(router.upstreams.primary.requests[0]?.headers.get("x-request-id"), "trace-123-ans");
  equal(router.upstreams.classifier.requests[0]?.headers.get("x-request-id"), "trace-123-cls");

  const missing = await fetch(`${router.baseUrl}/nope`);
  equal(missing.status, 404);
  ok(missing.headers.get("x-request-id"));
  const body = await missing.json();
  equal(body.error.message, "Invalid URL (GET /nope)");
});

Deno.test("CORS preflight allows browser clients to send Authorization", async () => {
  await using router = await startTestRouter();
  const response = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "OPTIONS",
    headers: {
      origin: "http://webui.local:3000",
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type",
    },
  });
  await response.body?.cancel();
  equal(response.status, 204);
  equal(response.headers.get("access-control-allow-origin"), "http://webui.local:3000");
  match(response.headers.get("access-control-allow-headers") ?? "", /authorization/i);
  match(response.headers.get("access-control-allow-methods") ?? "", /POST/);
});

Deno.test("CORS answers only configured origins when the list is closed", async () => {
  await using router = await startTestRouter({
    extraYaml: `server: { corsOrigins: ["http://allowed.local"] }`,
  });
  const allowed = await fetch(`${router.baseUrl}/v1/models`, { headers: { origin: "http://allowed.local" } });
  await allowed.body?.cancel();
  equal(allowed.headers.get("access-control-allow-origin"), "http://allowed.local");
  const other = await fetch(`${router.baseUrl}/v1/models`, { headers: { origin: "http://evil.local" } });
  await other.body?.cancel();
  equal(other.headers.get("access-control-allow-origin"), null);
});

Deno.test("a body over the limit gets 413 in OpenAI format, declared or streamed", async () => {
  await using router = await startTestRouter({ extraYaml: `server: { maxBodyBytes: 1024 }` });
  const big = JSON.stringify({ model: "ai-router", messages: [{ role: "user", content: "x".repeat(2000) }] });
  const declared = await fetch(`${router.baseUrl}/v1/chat/completions`, { method: "POST", body: big });
  equal(declared.status, 413);
  const body = await declared.json();
  equal(body.error.type, "invalid_request_error");
  equal(body.error.code, "request_too_large");

  const chunked = await fetch(`${router.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: ReadableStream.from([new TextEncoder().encode(big)]),
  });
  equal(chunked.status, 413);
  await chunked.body?.cancel();
  equal(router.upstreams.primary.requests.length, 0);
});

const LIMITED_YAML = `
users:
  members:
    kid:
      key: KID_KEY
      allowedModels: [ai-router]
`;

Deno.test("allowedModels holds whatever content type the body is sent with", async () => {
  await using router = await startTestRouter({ extraYaml: LIMITED_YAML, secrets: { KID_KEY: "kid-key" } });
  const send = (model: string, contentType: string | null) => {
    // A Blob body without a type sends no Content-Type header at all (curl -d sends form-urlencoded).
    const body = new Blob([JSON.stringify({ model, messages: [{ role: "user", content: "hi" }] })]);
    const headers: Record<string, string> = { authorization: "Bearer kid-key" };
    if (contentType !== null) headers["content-type"] = contentType;
    return fetch(`${router.baseUrl}/v1/chat/completions`, { method: "POST", body, headers });
  };
  const types = [
    null,
    "text/plain",
    "text/plain;charset=UTF-8",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "multipart/form-data; boundary=x",
    "application/json",
    "application/json; charset=utf-8",
  ];
  for (const type of types) {
    const refused = await send("cloud", type);
    equal(refused.status, 403, `cloud with content type ${type}`);
    equal((await refused.json()).error.code, "model_not_allowed");
    const allowed = await send("ai-router", type);
    await allowed.body?.cancel();
    equal(allowed.status, 200, `ai-router with content type ${type}`);
  }
  equal(router.upstreams.cloud.requests.length, 0, "the cloud never saw a request");
});

Deno.test("a long model name is quoted cut in the 404, the 403 and the refusal log", async () => {
  const lines: string[] = [];
  const logger = createLogger({ level: "info", write: (line) => lines.push(line) });
  await using router = await startTestRouter({
    extraYaml: LIMITED_YAML,
    secrets: { KID_KEY: "kid-key" },
    logger,
  });
  const model = "m".repeat(900_000);
  const ask = (key: string) =>
    fetch(`${router.baseUrl}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}` },
      body: JSON.stringify({ model, messages: [{ role: "user", content: "hi" }] }),
    });
  await using open = await startTestRouter();
  const missing = await fetch(`${open.baseUrl}/v1/chat/completions`, {
    method: "POST",
    body: JSON.stringify({ model, messages: [{ role: "user", content: "hi" }] }),
  });
  equal(missing.status, 404);
  const notFound = (await missing.json()).error.message as string;
  match(notFound, /^The model "m{200}… \(899800 more characters cut\)" does not exist/);
  const refused = await ask("kid-key");
  equal(refused.status, 403);
  const forbidden = (await refused.json()).error.message as string;
  match(forbidden, /^Cannot use model "m{200}… \(899800 more characters cut\)"/);
  const models = await fetch(`${open.baseUrl}/v1/models/${model.slice(0, 5_000)}`);
  equal(models.status, 404);
  ok(((await models.json()).error.message as string).length < 400);
  const refusal = lines.find((line) => line.includes("Request refused"));
  ok(refusal, "the 403 is logged");
  ok(refusal.length < 1_000, `the log line is ${refusal.length} characters`);
});

Deno.test("nesting deeper than 64 levels is a 400 naming the field, in three places", async () => {
  await using router = await startTestRouter();
  const deep = (levels: number): unknown => {
    let value: unknown = "bottom";
    for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
    return value;
  };
  const hi = { role: "user", content: "hi" };
  const cases: Array<[string, Record<string, unknown>]> = [
    ["metadata.0.a", { metadata: deep(8_000), messages: [hi] }],
    ["messages.0.extra", { messages: [{ ...hi, extra: deep(8_000) }] }],
    ["tools.0.function", {
      messages: [hi],
      tools: [{ type: "function", function: { name: "f", parameters: deep(8_000) } }],
    }],
  ];
  for (const [field, body] of cases) {
    const response = await fetch(`${router.baseUrl}/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "ai-router", ...body }),
    });
    equal(response.status, 400, field);
    const { error } = await response.json();
    equal(error.type, "invalid_request_error");
    equal(error.param, field);
    match(error.message, new RegExp(`${field.replaceAll(".", "\\.")} is nested deeper than 64 levels`));
  }
  equal(router.upstreams.primary.requests.length, 0);
  const ok60 = await router.client.chat.completions.create({
    model: "ai-router",
    messages: [{ role: "user", content: "hi" }],
    metadata: deep(60) as Record<string, string>,
  });
  ok(ok60.choices[0]?.message.content, "60 levels still pass");
});
