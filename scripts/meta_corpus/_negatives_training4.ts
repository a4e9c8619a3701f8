/**
 * Hard negatives from the training-round-4 clients' ordinary turns: their own system prompts (coding agents,
 * a Chinese coding assistant, a German legal chat, a memory chat) followed by real user asks, several of them
 * about titles, summaries, compaction, memory or checkpoints in the user's code or documents.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { NALA_SYSTEM } from "./_prompts_training4.ts";

/** block/goose crates/goose/src/prompts/system.md, first lines. */
const GOOSE_SYSTEM =
  "You are a general-purpose AI agent called goose, created by Block, the parent company of Square, CashApp, and Tidal.\ngoose is being developed as an open-source software project.\n\ngoose uses LLM providers with tool calling capability.";
/** charmbracelet/crush internal/agent/templates/coder.md.tpl, first lines. */
const CRUSH_SYSTEM =
  "You are Crush, a powerful AI Assistant that runs in the CLI.\n\n<critical_rules>\nThese rules override everything else. Follow them strictly:\n\n1. **READ THE RELEVANT CONTEXT BEFORE EDITING**: Never edit a file you haven't already read the relevant context for in this conversation.\n2. **BE AUTONOMOUS**: Don't ask questions - search, read, think, decide, act.\n3. **TEST AFTER CHANGES**: Run tests immediately after each modification.\n4. **BE CONCISE**: Keep output concise (default <4 lines), unless explaining complex changes or asked for detail.\n</critical_rules>";

import { LETTA_SYSTEM } from "./_letta_system.ts";

const ASKS: Array<{ system?: string; history?: boolean; ask: string; stream?: boolean }> = [
  {
    system: GOOSE_SYSTEM,
    ask:
      "Our session list shows 'Untitled' for every session. In src/sessions/name.rs the title is only set after the third message; change it so a title is generated from the first user message, max 4 words, and add a test.",
    stream: true,
  },
  {
    system: GOOSE_SYSTEM,
    history: true,
    ask:
      "Write a compaction step for our agent loop: when the context passes 80 %, summarize everything but the last 4 messages with the cheap model and replace them with one system message. Rust, please.",
    stream: true,
  },
  {
    system: CRUSH_SYSTEM,
    ask:
      "The `summary` field in internal/session/session.go is never persisted after the checkpoint is written. Find out why and fix it. Tests are in internal/session/session_test.go.",
    stream: true,
  },
  {
    system: CRUSH_SYSTEM,
    history: true,
    ask:
      "Rename the `memory_recorder` package to `memories`, update every import and make sure `go test ./...` still passes. Only output the final diff summary when you're done.",
    stream: true,
  },
  {
    ask:
      "Create a plan to add a /handoff command to our CLI that writes the current task state to .plandex/handoff.md so another developer can continue. List the files you would touch.",
    stream: true,
  },
  {
    system: NALA_SYSTEM,
    ask:
      "帮我写一个函数，把聊天记录压缩成摘要后存到 Redis，要求只保留最近 20 条原始消息，其余的用 LLM 生成摘要。用 Go 写，并给出单元测试。",
    stream: true,
  },
  {
    system: NALA_SYSTEM,
    history: true,
    ask: "这个项目的 README 标题太长了，帮我改成不超过 10 个字，然后总结一下 src/ 目录下每个模块的作用。",
    stream: true,
  },
  {
    ask:
      "Ich habe eine Frage zum Mietrecht: Mein Vermieter will die Nebenkostenabrechnung für 2024 erst im März 2026 schicken. Muss ich die Nachzahlung dann noch leisten?",
    stream: true,
  },
  {
    ask:
      "Remember that I'm vegetarian and allergic to peanuts. Now suggest three dinners for this week, with a short title for each.",
    stream: true,
  },
  {
    history: true,
    ask: "この会話の内容を踏まえて、私の履歴書の自己PR欄に使える文章を200文字以内で書いてください。",
    stream: true,
  },
  {
    system: CRUSH_SYSTEM,
    ask:
      "Write a prompt for our app that asks a model to generate a 3-5 word title for a chat. Just give me the TypeScript constant and a unit test that checks the output has no quotes.",
    stream: true,
  },
  {
    system: GOOSE_SYSTEM,
    ask:
      "Extract the key facts from the incident report in docs/incidents/2026-03-12.md and turn them into a JSON timeline with keys time, event, owner. Save it next to the report.",
    stream: true,
  },
  {
    system: LETTA_SYSTEM,
    history: true,
    ask:
      "Do you remember what I told you about my sister's wedding? I need ideas for a speech, something short and funny.",
  },
  {
    system: LETTA_SYSTEM,
    ask: "hey! long day. can you summarize what we talked about yesterday? I forgot half of it",
  },
];

export function buildTraining4Negatives(): Negative[] {
  return ASKS.map((item, i) => ({
    task: "training-4",
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history ? toMessages(CONVERSATIONS[(i + 1) % CONVERSATIONS.length]?.turns ?? []) : []),
        usr(item.ask),
      ],
      ...(item.stream ? { stream: true } : {}),
    },
  }));
}
