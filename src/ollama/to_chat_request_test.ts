import { deepEqual, equal } from "node:assert/strict";
import { ollamaChatSchema } from "./ollama_request.ts";
import { toChatMessages, toChatRequest, toCompletionRequest, toSamplingFields } from "./to_chat_request.ts";
import { ollamaGenerateSchema } from "./ollama_request.ts";

Deno.test("toSamplingFields() maps Ollama's options and leaves num_ctx to the box", () => {
  deepEqual(
    toSamplingFields({
      "num_predict": 100,
      temperature: 3,
      "top_p": 0.9,
      "top_k": 40,
      stop: ["\n"],
      seed: 7,
      "num_ctx": 8192,
      "repeat_penalty": 1.1,
    }),
    {
      "max_tokens": 100,
      temperature: 2,
      "top_p": 0.9,
      "top_k": 40,
      stop: ["\n"],
      seed: 7,
      "repetition_penalty": 1.1,
    },
  );
  deepEqual(toSamplingFields({ "num_predict": -1 }), {}, "-1 is no limit");
});

Deno.test("toChatMessages() ties tool results to calls by id, by name, else the latest open call", () => {
  const call = (name: string, id?: string) => ({
    ...(id ? { id } : {}),
    function: { name, arguments: { city: "Oslo" } },
  });
  const messages = toChatMessages([
    { role: "user", content: "weather and time?" },
    { role: "assistant", content: "", "tool_calls": [call("weather"), call("time", "t1")] },
    { role: "tool", content: "12:00", "tool_call_id": "t1" },
    { role: "tool", content: "4 °C", "tool_name": "weather" },
    { role: "assistant", content: "", "tool_calls": [call("weather")] },
    { role: "tool", content: "5 °C" },
  ]);
  const calls = messages[1]?.tool_calls as Array<{ id: string; function: { arguments: string } }>;
  equal(calls[0]?.function.arguments, '{"city":"Oslo"}');
  equal(messages[2]?.tool_call_id, "t1");
  equal(messages[3]?.tool_call_id, calls[0]?.id);
  equal(messages[5]?.tool_call_id, (messages[4]?.tool_calls as Array<{ id: string }>)[0]?.id);
});

Deno.test("toChatRequest() streams by default with usage, and maps images, format and think", () => {
  const request = ollamaChatSchema.parse({
    model: "ai-router:latest",
    messages: [{ role: "USER", content: "what?", images: ["/9j/4AAQ"] }],
    format: { type: "object" },
    think: false,
  });
  const chat = toChatRequest(request);
  equal(chat.model, "ai-router");
  equal(chat.stream, true);
  deepEqual(chat.stream_options, { "include_usage": true });
  deepEqual(chat.messages, [{
    role: "user",
    content: [{ type: "text", text: "what?" }, {
      type: "image_url",
      "image_url": { url: "data:image/jpeg;base64,/9j/4AAQ" },
    }],
  }]);
  deepEqual(chat.response_format, {
    type: "json_schema",
    "json_schema": { name: "format", schema: { type: "object" } },
  });
  deepEqual(chat.chat_template_kwargs, { "enable_thinking": false });
  equal(toChatRequest(ollamaChatSchema.parse({ model: "m", messages: [], stream: false })).stream, false);
});

Deno.test("toCompletionRequest() keeps a raw prompt untemplated and the suffix for the FIM template", () => {
  const raw = toCompletionRequest(ollamaGenerateSchema.parse({
    model: "coder",
    prompt: "[INST] hi [/INST]",
    raw: true,
    system: "ignored when raw",
    format: "json",
  }));
  equal(raw.prompt, "[INST] hi [/INST]");
  equal("response_format" in raw, false);
  const fill = toCompletionRequest(ollamaGenerateSchema.parse({ model: "coder", prompt: "a", suffix: "b" }));
  equal(fill.suffix, "b");
});
