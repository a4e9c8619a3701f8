import { equal } from "node:assert/strict";
import { createDetector } from "../privacy/detect_personal_data.ts";
import { Redaction } from "../privacy/redaction.ts";
import { createSseRestorer, restoreCompletion } from "./restore_placeholders.ts";

const EMAIL = "ann@example.org";

function redactionOfEmail(): Redaction {
  const redaction = new Redaction();
  redaction.redact(EMAIL, createDetector().detect(EMAIL));
  return redaction;
}

function chunk(content: string, finish: string | null = null): string {
  return `data: ${
    JSON.stringify({
      id: "c1",
      object: "chat.completion.chunk",
      choices: [{ index: 0, delta: { content }, "finish_reason": finish }],
    })
  }`;
}

function contentOf(events: string[]): string {
  return events.flatMap((event) => event.split("\n\n")).filter((e) => e.startsWith("data: {"))
    .map((e) => JSON.parse(e.slice(6)).choices?.[0]?.delta?.content ?? "").join("");
}

Deno.test("createSseRestorer() restores a placeholder split across chunks, and one held at the finishing chunk", () => {
  const restore = createSseRestorer(redactionOfEmail());
  const out = [
    chunk("Write to [EM"),
    chunk("AIL_"),
    chunk("1] today, or [EMAIL"),
    chunk("_1]", "stop"),
    "data: [DONE]",
  ]
    .map(restore);
  equal(contentOf(out), `Write to ${EMAIL} today, or ${EMAIL}`);
  equal(out.at(-1), "data: [DONE]");
});

Deno.test("createSseRestorer() sends a held tail before [DONE] when no finishing chunk came", () => {
  const restore = createSseRestorer(redactionOfEmail());
  const out = [chunk("mail [EMAIL_"), chunk("1"), "data: [DONE]"].map(restore);
  equal(contentOf(out), "mail [EMAIL_1");
  equal(out.at(-1)?.endsWith("data: [DONE]"), true);
});

Deno.test("restoreCompletion() restores content and tool-call arguments", () => {
  const json = {
    choices: [{
      message: {
        content: "to [EMAIL_1]",
        "tool_calls": [{ function: { name: "send", arguments: '{"to":"[EMAIL_1]"}' } }],
      },
    }],
  };
  restoreCompletion(json, redactionOfEmail());
  equal(json.choices[0]?.message.content, `to ${EMAIL}`);
  equal(json.choices[0]?.message.tool_calls[0]?.function.arguments, `{"to":"${EMAIL}"}`);
});
