/**
 * Blind round 15, chat and support apps: GPT4All's chat name and follow-ups, Jan's thread title, Chatwoot's support
 * summary and label suggestion, inbox-zero's compaction and memory extraction.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind15.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
/** Names the team-chat and support templates give the two speakers. */
const PEOPLE = { user: "Marta Alves", assistant: "Kenji Sato" };
const name = (role: "user" | "assistant") => PEOPLE[role];

/** Chatwoot `format_message_in_string`: one `Customer|Agent <name> : text` line per message. */
const chatwootLines = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "Customer" : "Agent"} ${name(t.role)} : ${t.content}\n`).join("");
/** inbox-zero `serializeMessages`: `[ROLE]: text` blocks joined by a blank line. */
const inboxZeroLines = (c: Conversation) =>
  c.turns.map((t) => `[${t.role.toUpperCase()}]: ${t.content}`).join("\n\n");

export const BLIND_15_APPS: Template[] = [
  {
    client: "GPT4All",
    task: "title",
    source: at("nomic-ai/gpt4all", {
      path: "gpt4all-chat/src/modellist.h",
      commit: "0e10f6c36d3520bded8784d05c70b21907912486",
    }),
    note:
      "ChatLLM::generateName forks the conversation and appends the chat name prompt as a user turn; ChatAPI (chatapi.cpp) streams with the model's temperature",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.GPT4ALL_NAME)],
      stream: true,
      temperature: 0.7,
    }),
  },
  {
    client: "GPT4All",
    task: "follow-ups",
    source: at("nomic-ai/gpt4all", {
      path: "gpt4all-chat/src/modellist.h",
      commit: "0e10f6c36d3520bded8784d05c70b21907912486",
    }),
    note: "the suggested follow-up prompt appended as a user turn after the answered conversation, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.GPT4ALL_FOLLOW_UP)],
      stream: true,
      temperature: 0.7,
    }),
  },
  {
    client: "Jan",
    task: "title",
    source: at("janhq/jan", {
      path: "web/containers/Providers/EventHandler.tsx",
      commit: "3643c8866e55a0757f773ce25d0e4d72818e5366",
    }),
    note: "maxWordForThreadTitle 10, the first message quoted, one user message, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.JAN_TITLE(10, firstExchange(c).question))],
      stream: false,
    }),
  },
  {
    client: "Chatwoot",
    task: "summary",
    source: at("chatwoot/chatwoot", {
      path: "lib/integrations/openai/openai_prompts/summary.txt",
      commit: "35e083f48c7baf12968796ecd25c04456d171efe",
    }),
    note:
      "processor_service.rb summarize_body: summary.txt as system, the conversation as Customer/Agent lines in one user message",
    build: (c) => ({ model: MODEL, messages: [sys(P.CHATWOOT_SUMMARY), usr(chatwootLines(c))] }),
  },
  {
    client: "Chatwoot",
    task: "tags",
    source: at("chatwoot/chatwoot", {
      path: "enterprise/lib/enterprise/integrations/openai_prompts/label_suggestion.txt",
      commit: "398f74698fbc7d845bbe650ea709cf6489bf9fa1",
    }),
    note:
      "openai_processor_service.rb label_suggestion_body: the prompt as system, `Messages:` and `Labels:` as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.CHATWOOT_LABELS),
        usr(`Messages:\n${chatwootLines(c)}\nLabels:\nbilling, bug, feature-request, onboarding, refund`),
      ],
    }),
  },
  {
    client: "inbox-zero",
    task: "compaction",
    source: at("elie222/inbox-zero", {
      path: "apps/web/utils/ai/assistant/compact.ts",
      commit: "01bbdfb749754207d8704b4124e0351f309eb89a",
    }),
    paraphrased: true,
    note:
      "compactMessages' prompt as the one user message of generateText (the prompt-hardening wrapper is not reconstructed); the app compacts all but the last six messages",
    build: (c) => ({ model: MODEL, messages: [usr(P.INBOX_ZERO_COMPACT(inboxZeroLines(c)))] }),
  },
  {
    client: "inbox-zero",
    task: "memory",
    source: at("elie222/inbox-zero", {
      path: "apps/web/utils/ai/assistant/compact.ts",
      commit: "01bbdfb749754207d8704b4124e0351f309eb89a",
    }),
    paraphrased: true,
    note:
      "extractMemories: the system prompt as instructions, the user's own messages in <user_messages>, generateObject with a JSON schema (wire form reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.INBOX_ZERO_MEMORY),
        usr(
          `<user_messages>\n${
            c.turns.filter((t) => t.role === "user").map((t) =>
              `[USER]: ${t.content.trim().replace(/\s+/g, " ")}`
            )
              .join("\n\n")
          }\n</user_messages>`,
        ),
      ],
      response_format: { type: "json_schema", json_schema: { name: "memories", schema: { type: "object" } } },
    }),
  },
];
