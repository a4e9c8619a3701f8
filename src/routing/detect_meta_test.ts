import { equal } from "node:assert/strict";
import { detectMeta } from "./detect_meta.ts";

const user = (content: string) => ({ role: "user", content });
const system = (content: string) => ({ role: "system", content });
const detect = (
  messages: Array<{ role: string; content: string }>,
  extra: Partial<Parameters<typeof detectMeta>[0]> = {},
) => detectMeta({ messages, model: "ai-router", taskHeader: undefined, taskModels: [], ...extra });

const history =
  "<chat_history>\nUSER: how do tides work?\nASSISTANT: The moon pulls the oceans.\n</chat_history>";

/** Shortened copies of the clients' default templates (Open WebUI, Continue, Chatbox, NextChat). */
const POSITIVES: Array<[string, Array<{ role: string; content: string }>]> = [
  ["openwebui-title", [
    user(
      `### Task:\nGenerate a concise, 3-5 word title with an emoji summarizing the chat history.\n### Output:\nJSON format: { "title": "your concise title here" }\n### Chat History:\n${history}`,
    ),
  ]],
  ["openwebui-title", [
    user(
      "Create a concise, 3-5 word title with an emoji as a title for the prompt in the given language. RESPOND ONLY WITH THE TITLE TEXT.\n\n### Task:\nPrompt: hi",
    ),
  ]],
  ["openwebui-tags", [
    user(
      `### Task:\nGenerate 1-3 broad tags categorizing the main themes of the chat history, along with 1-3 more specific subtopic tags.\n${history}`,
    ),
  ]],
  ["openwebui-follow-ups", [
    user(
      `### Task:\nSuggest 3-5 relevant follow-up questions or prompts that the user might naturally ask next.\n${history}`,
    ),
  ]],
  ["openwebui-queries", [
    user(
      `### Task:\nAnalyze the chat history to determine the necessity of generating search queries, in the given language.\nToday's date is: 2026-11-23\n${history}`,
    ),
  ]],
  ["openwebui-autocomplete", [
    user(
      "### Task:\nYou are an autocompletion system. Continue the text in `<text>` based on the completion type in `<type>`.\n<type>General</type>\n<text>How do I</text>",
    ),
  ]],
  ["openwebui-image-prompt", [
    user(
      `### Task:\nGenerate a detailed prompt for am image generation task based on the given language and context.\n${history}`,
    ),
  ]],
  ["openwebui-document-suggestions", [
    user("### Task:\nGenerate 3-5 insightful questions about the document.\n<document>text</document>"),
  ]],
  ["openwebui-emoji", [
    user(
      "Your task is to reflect the speaker's likely facial expression through a fitting emoji.\n\nMessage: ```I won!```",
    ),
  ]],
  ["openwebui-moa", [
    user(
      'You have been provided with a set of responses from various models to the latest user query: "why?"',
    ),
  ]],
  ["openwebui-compaction", [
    user("### Task:\nSummarise the chat history that will be compacted.\n" + history),
  ]],
  ["tool-selection", [
    system(
      'Available Tools: [{"name": "weather"}]\n\nYour task is to choose and return the correct tool(s) from the list. Return {"tool_calls": [{"name": "", "parameters": {}}]}',
    ),
    user('History:\nUSER: """hi"""\nQuery: weather in Paris?'),
  ]],
  ["continue-title", [
    user("Given the following... please reply with a title for the chat that is 3-4 words in length"),
  ]],
  ["continue-compaction", [
    user("hi"),
    { role: "assistant", content: "hello" },
    user("Create a comprehensive summary of this conversation"),
  ]],
  ["chatbox-title", [user("Based on the chat history, give this conversation a name.\nThe name is:")]],
  ["chatbox-search", [
    system("You are an assistant who can access latest data. Decide whether to search."),
    user("weather today?"),
  ]],
  ["nextchat-title", [
    user("hi"),
    { role: "assistant", content: "hello" },
    user("Please generate a four to five word title summarizing our conversation"),
  ]],
  ["nextchat-summary", [
    user("hi"),
    { role: "assistant", content: "hello" },
    system("Summarize the discussion briefly in 200 words or less to use as a prompt for future context."),
  ]],
  ["fim", [user("<fim_prefix>function add(a, b) {<fim_suffix>}<fim_middle>")]],
  ["fim", [user("<|fim_prefix|>def f():<|fim_suffix|>\n<|fim_middle|>")]],
];

for (const [rule, messages] of POSITIVES) {
  Deno.test(`detectMeta() recognises ${rule} (${messages.length} messages)`, () => {
    equal(detect(messages), rule);
  });
}

Deno.test("detectMeta() prefers the explicit task header and task model over content", () => {
  equal(detect([user("hi")], { taskHeader: "title_generation" }), "task-header");
  equal(detect([user("hi")], { taskHeader: "" }), undefined);
  equal(detect([user("hi")], { model: "task-model", taskModels: ["task-model"] }), "task-model");
});

Deno.test("detectMeta() leaves real turns alone, including RAG-prefixed ones", () => {
  const rag =
    "### Task:\nRespond to the user query using the provided context, incorporating inline citations.\n" +
    '<context>\n<source id="1" name="notes.pdf">Generate a concise, 3-5 word title for the chapter.</source>\n</context>\n' +
    "<user_query>\nGenerate 1-3 broad tags for my notes\n</user_query>";
  equal(detect([user(rag)]), undefined);
  equal(detect([user("Can you generate a concise title for my blog post about dogs?")]), undefined);
  equal(detect([user("What makes a good title for a chat app? Give me a four word title.")]), undefined);
  equal(detect([user("### Task: write me a poem about the sea")]), undefined);
  equal(detect([user("hi")]), undefined);
  equal(
    detect([
      system("You are helpful."),
      user("Explain the code."),
      { role: "assistant", content: "ok" },
      user("thanks"),
    ]),
    undefined,
  );
});
