import { deepEqual, equal, throws } from "node:assert/strict";
import type { ApiError } from "../api_error.ts";
import { chatRequestSchema } from "../chat/chat_request.ts";
import { parseRequest } from "./parse_request.ts";

const hi = [{ role: "user", content: "hi" }];

Deno.test("chatRequestSchema keeps vendor extras and image parts for the upstream", () => {
  const body = {
    messages: [{ role: "user", content: [{ type: "image_url", image_url: "http://x.test/a.png" }] }],
    "chat_template_kwargs": { "enable_thinking": true },
    user: { id: "u1" },
  };
  const request = parseRequest(chatRequestSchema, body);
  deepEqual(request.chat_template_kwargs, { "enable_thinking": true });
  deepEqual(request.messages[0]?.content, [{ type: "image_url", image_url: "http://x.test/a.png" }]);
});

Deno.test("parseRequest() answers the first bad field with a 400 whose param is its path", () => {
  const cases: Array<[unknown, string | null]> = [
    [{ messages: [] }, "messages"],
    [{ messages: [{ role: "robot", content: "x" }] }, "messages.0.role"],
    [{ messages: [{ role: "user", content: [{ type: "video", url: "x" }] }] }, "messages.0.content"], // zod reports a failed union at the union,
    [{ messages: hi, temperature: 3 }, "temperature"],
    [{ messages: hi, "max_tokens": 0 }, "max_tokens"],
    [null, null],
  ];
  for (const [body, param] of cases) {
    throws(() => parseRequest(chatRequestSchema, body), (error: ApiError) => {
      deepEqual([error.status, error.param, error.code], [400, param, "invalid_value"]);
      equal(error.message.startsWith(`Invalid request: ${param ? `${param}: ` : ""}`), true);
      return true;
    });
  }
});

Deno.test("chatRequestSchema accepts the nulls and the deprecated function role clients send", () => {
  const request = parseRequest(chatRequestSchema, {
    messages: [...hi, { role: "function", name: "f", content: null }],
    stream: null,
    temperature: null,
    stop: ["\n"],
  });
  equal(request.messages.length, 2);
});
