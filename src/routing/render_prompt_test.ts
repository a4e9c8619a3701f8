import { equal, ok } from "node:assert/strict";
import {
  estimateTokens,
  renderConversation,
  renderTemplate,
  toConversationKey,
  toLastUserText,
  toMessageText,
} from "./render_prompt.ts";

Deno.test("toMessageText() joins text parts and skips images", () => {
  equal(toMessageText("hi"), "hi");
  equal(
    toMessageText([{ type: "text", text: "a" }, { type: "image_url", image_url: "x" }, {
      type: "text",
      text: "b",
    }]),
    "a\nb",
  );
  equal(toMessageText(null), "");
});

Deno.test("renderTemplate() fills known placeholders only", () => {
  equal(renderTemplate("{{date}}: {{context}} {{other}}", { date: "d", context: "c" }), "d: c {{other}}");
});

Deno.test("renderConversation() keeps the end and adds the truncation note when cut", () => {
  const messages = [
    { role: "system", content: "secret system prompt" },
    { role: "user", content: "x".repeat(500) },
    { role: "user", content: "the real question" },
  ];
  const whole = renderConversation(messages, { maxChars: 10_000, truncationNote: "NOTE" });
  equal(whole.truncated, false);
  ok(!whole.text.includes("secret system prompt"));
  const cut = renderConversation(messages, { maxChars: 100, truncationNote: "NOTE" });
  equal(cut.truncated, true);
  ok(cut.text.length <= 100);
  ok(cut.text.includes("the real question"));
  ok(cut.text.endsWith("NOTE"));
});

Deno.test("toConversationKey() ignores case and whitespace differences", () => {
  equal(
    toConversationKey([{ role: "user", content: "Hello   World " }]),
    toConversationKey([{ role: "user", content: "hello world" }]),
  );
  ok(
    toConversationKey([{ role: "user", content: "a" }]) !==
      toConversationKey([{ role: "user", content: "b" }]),
  );
});

Deno.test("toLastUserText() and estimateTokens() read the conversation", () => {
  const messages = [{ role: "user", content: "first" }, { role: "assistant", content: "x" }, {
    role: "user",
    content: "last one",
  }];
  equal(toLastUserText(messages), "last one");
  equal(estimateTokens([{ role: "user", content: "12345678" }]), 2);
});
