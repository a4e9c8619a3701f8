import { deepEqual, equal, throws } from "node:assert/strict";
import { ApiError } from "../api_error.ts";
import { toChatRequest } from "./responses_to_chat.ts";
import type { ResponsesRequest } from "./responses_request.ts";

const none = { history: [], findItem: () => undefined };

Deno.test("toChatRequest() maps the Responses knobs to their chat names", () => {
  const { chat } = toChatRequest({
    model: "ai-router",
    input: "hi",
    max_output_tokens: 50,
    reasoning: { effort: "low" },
    temperature: 0.2,
    text: { format: { type: "json_object" } },
    stream: true,
  } as ResponsesRequest, none);
  equal(chat.max_tokens, 50);
  equal(chat.reasoning_effort, "low");
  equal(chat.temperature, 0.2);
  deepEqual(chat.response_format, { type: "json_object" });
  deepEqual(chat.stream_options, { include_usage: true });
});

Deno.test("toChatRequest() joins consecutive function calls into one assistant message", () => {
  const { chat } = toChatRequest({
    input: [
      { role: "user", content: "weather in two cities" },
      { type: "function_call", call_id: "a", name: "w", arguments: "{}" },
      { type: "function_call", call_id: "b", name: "w", arguments: "{}" },
      { type: "function_call_output", call_id: "a", output: "sun" },
      { type: "function_call_output", call_id: "b", output: [{ type: "input_text", text: "rain" }] },
    ],
  } as ResponsesRequest, none);
  deepEqual(chat.messages.map((m) => m.role), ["user", "assistant", "tool", "tool"]);
  equal(chat.messages[1]?.tool_calls?.length, 2);
  equal(chat.messages[3]?.content, "rain");
});

Deno.test("toChatRequest() refuses what the router cannot do, naming the field", () => {
  const refused = (request: Record<string, unknown>, param: string) =>
    throws(
      () => toChatRequest({ input: "x", ...request } as ResponsesRequest, none),
      (e) => e instanceof ApiError && e.status === 400 && e.param === param,
    );
  refused({ tools: [{ type: "code_interpreter" }] }, "tools.0.type");
  refused({ background: true }, "background");
  refused({ input: [{ type: "computer_call_output" }] }, "input.0.type");
  refused(
    { input: [{ role: "user", content: [{ type: "input_file", file_id: "f" }] }] },
    "input.0.content.0.type",
  );
  refused({ input: [{ type: "item_reference", id: "msg_unknown" }] }, "input.0.id");
});
