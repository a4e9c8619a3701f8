import { deepEqual, equal, ok } from "node:assert/strict";
import { redact, toRedactedJson } from "./redact.ts";

Deno.test("redact() removes secrets and keeps the rest", () => {
  const result = redact({
    headers: { Authorization: "Bearer sk-123", "x-api-key": "abc", accept: "json" },
    params: { temperature: 0.2, "max_tokens": 10, "api_key": "k", usage: { "total_tokens": 3 } },
    url: "https://user:pass@api.example.com/v1",
    note: "called with Bearer sk-999 today",
  }) as Record<string, Record<string, unknown>>;
  deepEqual(result.headers, { Authorization: "[redacted]", "x-api-key": "[redacted]", accept: "json" });
  deepEqual(result.params, {
    temperature: 0.2,
    "max_tokens": 10,
    "api_key": "[redacted]",
    usage: { "total_tokens": 3 },
  });
  equal(result.url, "https://api.example.com/v1");
  equal(result.note, "called with Bearer [redacted] today");
});

Deno.test("redact() shortens large data URLs", () => {
  const image = "data:image/png;base64," + "A".repeat(10_000);
  const [part] = redact([{ type: "image_url", "image_url": { url: image } }]) as Array<
    { "image_url": { url: string } }
  >;
  ok(part);
  equal(part.image_url.url, "data:image/png;base64,[10022 chars]");
});

Deno.test("toRedactedJson() writes what redact() returns, in one pass", () => {
  const value = {
    headers: { Authorization: "Bearer sk-123", "x-api-key": "abc", accept: "json" },
    params: { temperature: 0.2, "api_key": "k", secret: 12, token: null, tokens: { prompt: 3 } },
    url: "https://user:pass@api.example.com/v1",
    messages: [{ role: "user", content: ["Bearer sk-999", "data:image/png;base64," + "A".repeat(500)] }],
    skipped: undefined,
  };
  const json = toRedactedJson(value, 2);
  equal(json, JSON.stringify(redact(value), null, 2));
  ok(!json.includes("sk-"), "no secret is written");
});

Deno.test("toRedactedJson() writes the same text whether or not a value holds something to redact", () => {
  const clean = {
    id: "chatcmpl-1",
    "client_messages": [
      { role: "user", content: 'Plans for "Sunday"?\n\tA\\B, mail me at ann@example.org' },
      { role: "assistant", content: 'One token at a time; {"token": 1} is JSON; a password manager helps.' },
    ],
    params: { "max_tokens": 10, tokens: { prompt: 3 }, "stream_options": { "include_usage": true } },
    url: "http://127.0.0.1:8000/v1/chat/completions",
    skipped: undefined,
  };
  equal(toRedactedJson(clean, 2), JSON.stringify(clean, null, 2));
  // Each holds one thing a rule changes, next to characters JSON escapes; the text must match redact()'s.
  const secrets = [
    { content: "Bearer\nsk-123" },
    { content: "basic\tdXNlcjpwYXNz" },
    { url: 'https://us"er:pa\\ss@api.example.com/v1' },
    { url: "http://a\u0001b@example.com/" },
    { Token: 42, "X-API-KEY": true, jwt: "e.y.j" },
    { 'say "token\u0001"': 5 },
    { nested: [{ "session_cookie": "c" }] },
    { image: "data:image/png;base64," + "B".repeat(300) },
  ];
  for (const value of secrets) {
    const json = toRedactedJson(value, 2);
    equal(json, JSON.stringify(redact(value), null, 2));
    ok(json !== JSON.stringify(value, null, 2), `${Object.keys(value)[0]} was redacted`);
  }
});
