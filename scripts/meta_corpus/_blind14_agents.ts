/**
 * Blind round 14, coding agents: gp.nvim (Neovim), bolt.diy (web IDE), Eclipse Theia AI (web IDE), Amazon Q
 * Developer CLI, Tabby, ellama (Emacs) and Refact: titles, compaction and hand-off summaries, follow-ups.
 */
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind14.ts";
import { at, fill } from "./_blind14_fill.ts";

const GP = at("Robitx/gp.nvim", ["lua/gp/init.lua", "c37f154b97690c4925fef4e35ffdbf2c844b5f4e"]);
const THEIA = "eclipse-theia/theia";
const TABBY = "TabbyML/tabby";
const ELLAMA = at("s-kostyaev/ellama", ["ellama.el", "09857e5d2ec8a7bfc68b510a2a6afce2b165566b"]);
const REFACT = "smallcloudai/refact";
const REFACT_COMMIT = "3e63faca14674444020102c5a67cc4f9d6115005";

export const BLIND14_CODING_AGENTS: Template[] = [
  {
    client: "gp.nvim",
    task: "title",
    source: GP,
    note:
      "chat_topic_gen_prompt (config.lua) appended as a user turn after the agent's system prompt and the chat; stream",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.GP_SYSTEM), ...toMessages(c.turns), usr(P.GP_TOPIC)],
      stream: true,
      temperature: 1.1,
    }),
  },
  {
    client: "bolt.diy",
    task: "compaction",
    source: at("stackblitz-labs/bolt.diy", [
      "app/lib/.server/llm/create-summary.ts",
      "2e254ac19a696394030601bc602f54945b12bfc4",
    ]),
    note:
      "createSummary: system prompt, then the chat as [role] blocks; a first summary prints `undefined` as old summary",
    build: (c) => {
      const chats = c.turns.map((turn) => `---\n[${turn.role}] ${turn.content}\n---`).join("\n");
      const prompt = `${P.BOLT_PROMPT_HEAD}undefined${P.BOLT_PROMPT_MID}${chats}${P.BOLT_PROMPT_TAIL}`;
      return { model: MODEL, messages: [sys(P.BOLT_SUMMARY_SYSTEM), usr(prompt)] };
    },
  },
  {
    client: "Theia AI",
    task: "title",
    source: at(THEIA, [
      "packages/ai-chat/src/common/chat-session-naming-prompt-template.ts",
      "c964c30402a92d5ba662fcafa839af99d8760f53",
    ]),
    note:
      "chat-session-naming prompt (comment stripped) with two other session names and <user>/<assistant> pairs",
    build: (c) => {
      const pairs: string[] = [];
      for (let i = 0; i < c.turns.length; i += 2) {
        pairs.push(
          `<user>${c.turns[i]?.content ?? ""}</user><assistant>${c.turns[i + 1]?.content ?? ""}</assistant>`,
        );
      }
      const names = "Docker Compose Networking, Weekly Standup Notes";
      return {
        model: MODEL,
        messages: [usr(`${P.THEIA_NAMING_HEAD}${names}\n\nConversation:\n${pairs.join("\n\n")}`)],
      };
    },
  },
  {
    client: "Theia AI",
    task: "compaction",
    source: at(THEIA, [
      "packages/ai-chat/src/common/chat-session-summary-agent-prompt.ts",
      "7fa2600b03706c96f9cb36dc0fa7c2e0713778d7",
    ]),
    paraphrased: true,
    note:
      "chat-session-summary system prompt (empty change set) before the session's messages; wrapper reconstructed",
    build: (c) => ({ model: MODEL, messages: [sys(P.THEIA_SUMMARY), ...toMessages(c.turns)], stream: true }),
  },
  {
    client: "Amazon Q Developer CLI",
    task: "compaction",
    source: at("aws/amazon-q-developer-cli", [
      "crates/agent/src/agent/compact.rs",
      "1e2e58b08fff6fcb4b46b3c9adcbbf4e727beee0",
    ]),
    paraphrased: true,
    note:
      "default create_summary_prompt as the user turn after the history (Q's own API shown as chat messages)",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.AMAZONQ_COMPACT)],
      stream: true,
    }),
  },
  {
    client: "Tabby",
    task: "follow-ups",
    source: at(TABBY, [
      "ee/tabby-webserver/src/service/answer/prompt_tools.rs",
      "e7d65bc21516e6747ebb7bcd1d6a764d7cc86066",
    ]),
    note:
      "pipeline_related_questions: one user message; the context is the attached doc as a ``` block (answer.rs)",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const context = `\`\`\`\n${answer}\n\`\`\``;
      return {
        model: MODEL,
        messages: [usr(`${P.TABBY_RELATED_HEAD}${context}${P.TABBY_RELATED_MID}${question}\n`)],
      };
    },
  },
  {
    client: "Tabby",
    task: "summary",
    source: at(TABBY, [
      "ee/tabby-webserver/src/service/page/prompt_tools.rs",
      "5cb500d0a6a4b7051b19e98c8d1db1f4f7f3690d",
    ]),
    note:
      "prompt_page_content: thread messages' contents joined by newlines as both context and conversation; stream",
    build: (c) => {
      const content = c.turns.map((turn) => turn.content).join("\n");
      return {
        model: MODEL,
        messages: [usr(`${P.TABBY_PAGE_HEAD}${content}${P.TABBY_PAGE_MID}${content}\n`)],
        stream: true,
      };
    },
  },
  {
    client: "ellama",
    task: "title",
    source: ELLAMA,
    note:
      "ellama-get-name-template with the first prompt (naming scheme ellama-generate-name-by-llm), llm-chat",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.ELLAMA_NAME, [["%s", firstExchange(c).question]]))],
    }),
  },
  {
    client: "ellama",
    task: "compaction",
    source: ELLAMA,
    note:
      "session auto-compact prompt: target 3276 tokens (8192 * 0.8 * 0.5), no previous summary, User:/Assistant:",
    build: (c) => {
      const history = c.turns.map((turn) =>
        `${turn.role === "user" ? "User" : "Assistant"}:\n${turn.content}`
      )
        .join("\n\n");
      const prompt = fill(P.ELLAMA_COMPACT, [["%s", "3276"], ["%s", "None."], ["%s", history]]);
      return { model: MODEL, messages: [usr(prompt)] };
    },
  },
  {
    client: "Refact",
    task: "follow-ups",
    source: at(REFACT, ["refact-agent/engine/src/agentic/generate_follow_up_message.rs", REFACT_COMMIT]),
    note:
      "PROMPT as system, last two messages as emoji rows (the *Conversation:* header lands last), temperature 0",
    build: (c) => {
      const rows = c.turns.slice(-2).map((turn) =>
        `${turn.role === "user" ? "👤" : "🤖"}:${turn.content}\n\n`
      );
      return {
        model: MODEL,
        messages: [sys(P.REFACT_FOLLOWUP), usr(`${rows.join("")}*Conversation:*\n`)],
        temperature: 0,
      };
    },
  },
  {
    client: "Refact",
    task: "compaction",
    source: at(REFACT, ["refact-agent/engine/src/agentic/compress_trajectory.rs", REFACT_COMMIT]),
    note: "COMPRESSION_MESSAGE appended as a user message after the chat, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(P.REFACT_COMPRESS)],
      temperature: 0,
    }),
  },
];
