/**
 * Blind round 73: self-hosted chat front-ends and small ChatGPT-style clients never used in the corpus before, read
 * from their source and measured without changing the rules: chit's follow-up, role-play choice and art-prompt
 * requests (Svelte, Ollama), LocalMind's title (Electron), chatgpt-ui-server's title (Django), chatgpt-express-gui's
 * running memory summary, twiq's prompt suggestions, a Chinese memo app's tags, NPAP chat's title, Stitchwork's
 * Chinese title and follow-up suggestions (Rust/Tauri) and beda_assistant's search classifier; the coding agents and
 * agent frameworks are in `_blind73_agents.ts`, the hard negatives in `_negatives_blind73.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { BLIND73_AGENTS } from "./_blind73_agents.ts";
import { buildNegativesBlind73 } from "./_negatives_blind73.ts";
import * as P from "./_prompts_blind73.ts";
import { at, CHIT, chitGeneral, STITCH } from "./_blind73_fill.ts";

/** chit `concatenateEntries`: `ROLE: content` entries joined by a blank line. */
const entries = (list: { role: string; content: string }[]) =>
  list.map((e) => `${e.role.toUpperCase()}: ${e.content}`).join("\n\n");
const plain = (c: Conversation) => c.turns.map((t) => t.content).join("\n\n");

const chit = (
  task: string,
  { path, system, note }: { path: string; system: string; note: string },
): Template => ({
  client: "chit",
  task,
  source: at("Fortyseven/chit", { path, commit: CHIT }),
  paraphrased: true,
  note: `${note}; Ollama generate({system, prompt}) reconstructed as system + user, temperature 0.8`,
  build: (c) => ({
    model: MODEL,
    messages: [sys(system), usr(entries([{ role: "SYSTEM", content: chitGeneral() }, ...c.turns]))],
    temperature: 0.8,
  }),
});

const FRONT_ENDS: Template[] = [
  chit("follow-ups", {
    path: "src/components/TabPages/Conversation/Chat/FollowUps.svelte",
    system: P.CHIT_FOLLOWUP_QUESTIONS,
    note: "PROMPT_FOLLOWUP.questions as system, the SYSTEM line and the whole chat as the prompt",
  }),
  chit("follow-ups", {
    path: "src/components/TabPages/Conversation/Chat/FollowUps.svelte",
    system: P.CHIT_FOLLOWUP_RP,
    note: "PROMPT_FOLLOWUP.rp_choices (role-play continuations) as system, the chat as the prompt",
  }),
  {
    client: "chit",
    task: "image-prompt",
    source: at("Fortyseven/chit", {
      path: "src/components/TabPages/Conversation/InputBox/ConvoTools.svelte",
      commit: CHIT,
    }),
    paraphrased: true,
    note:
      "generateArtPrompt: the chat plus a bracketed USER entry with SPROMPT, as one Ollama generate prompt",
    build: (c) => ({
      model: MODEL,
      messages: [usr(entries([...c.turns, { role: "USER", content: `[${P.CHIT_ART}]` }]))],
      temperature: 0.8,
    }),
  },
  {
    client: "LocalMind",
    task: "title",
    source: at("michaeltkuo/localmind", {
      path: "src/services/ollama.service.ts",
      commit: "531ff9d79fef878c118dddd51fdb4b52430b22c5",
    }),
    note:
      "generateTitle after the first answer: one user message to Ollama /api/chat, stream false, num_predict 20",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const content = [
        ...P.LM_TITLE_LINES,
        `User: ${question.slice(0, 300)}`,
        `Assistant: ${answer.slice(0, 300)}`,
      ]
        .join("\n");
      return { model: MODEL, messages: [usr(content)], stream: false, temperature: 0.3, max_tokens: 20 };
    },
  },
  {
    client: "chatgpt-ui-server",
    task: "title",
    source: at("WongSaang/chatgpt-ui-server", {
      path: "chat/views.py",
      commit: "bb8e10b09aab04bdbb42a54e4020bd691f4fb147",
    }),
    note: "gen_title: default prompt + the conversation's first message as one user message, max_tokens 256",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.WONG_TITLE + firstExchange(c).question)],
      max_tokens: 256,
      temperature: 0.5,
    }),
  },
  {
    client: "chatgpt-express-gui",
    task: "summary",
    source: at("stevesefpi/chatgpt-express-gui", {
      path: "utils/utils.js",
      commit: "d102addb1bfed08e65207640c1dcc5da07d180e1",
    }),
    paraphrased: true,
    note:
      "updateChatSummary, first run (old summary '(empty)'), ROLE: lines; Responses API input mapped to chat messages, max_output_tokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.EXPRESS_SUMMARY_SYSTEM),
        usr(P.fill(P.EXPRESS_SUMMARY_USER, {
          oldSummary: "(empty)",
          formatted: c.turns.map((t) => `${t.role.toUpperCase()}: ${t.content}`).join("\n"),
        })),
      ],
      max_tokens: 500,
    }),
  },
  {
    client: "twiq",
    task: "follow-ups",
    source: at("YetundeS/twiq-server", {
      path: "controllers/suggestPromptsController.js",
      commit: "96ff8bc9645338cc68363d8225a9d156d402d708",
    }),
    paraphrased: true,
    note:
      "suggestPrompts for the user's unsent draft (here the next question) with the Storyteller model; the model description comes from the front-end and is reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.TWIQ_SUGGEST, {
        modelName: "Storyteller",
        modelDescription: "Turns your experiences into engaging personal stories for LinkedIn.",
        input: c.followUp,
      }))],
      temperature: 0.7,
    }),
  },
  {
    client: "feishu-next-memos",
    task: "tags",
    source: at("lxw15337674/feishu-next-memos", {
      path: "src/api/aiActions.ts",
      commit: "00061fa1af55aba44c91a8f345d798574cd2e947",
    }),
    paraphrased: true,
    note:
      "generateTags: Chinese tagPrompt over a memo (here the conversation's text); the existing tag names are made up",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.fill(P.MEMOS_TAGS, { content: plain(c), tags: ["生活", "读书", "工作", "旅行"].join("、") })),
      ],
    }),
  },
  {
    client: "NPAP chat",
    task: "title",
    source: at("NPAPStudio/npapstudio.github.io", {
      path: "src/services/gpt/Gpt.ts",
      commit: "e917e438e305cf5870808bef6e1f40a7bd5bcdb5",
    }),
    note: "generateChatName: titleGeneratorPrompt as system, 'system: ' + role lines as user, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.NPAP_TITLE),
        usr(`system: \n${toLines(c.turns, { user: "user", assistant: "assistant" })}\n`),
      ],
      stream: false,
    }),
  },
  {
    client: "Stitchwork",
    task: "title",
    source: at("yexiyue/Stitchwork", { path: "crates/server/src/service/chat.rs", commit: STITCH }),
    paraphrased: true,
    note:
      "generate_title: Chinese preamble, the first exchange as messages, max_tokens 100, streamed; rig request mapped",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SW_TITLE), ...toMessages(c.turns.slice(0, 2))],
      stream: true,
      max_tokens: 100,
    }),
  },
  {
    client: "Stitchwork",
    task: "follow-ups",
    source: at("yexiyue/Stitchwork", { path: "crates/server/src/service/chat.rs", commit: STITCH }),
    paraphrased: true,
    note:
      "suggestion: Chinese preamble, the whole thread as messages, max_tokens 100, streamed; rig request mapped",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SW_SUGGEST), ...toMessages(c.turns)],
      stream: true,
      max_tokens: 100,
    }),
  },
  {
    client: "beda_assistant",
    task: "classification",
    source: at("rahulratan1509/beda_assistant", {
      path: "modules/responder.py",
      commit: "bb0fc697a8f215c09209d0697219e417551fe4f7",
    }),
    note:
      "ask_if_search_needed on the new user input before answering: temperature 0, max_tokens 5 (LM Studio)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.BEDA_CLASSIFY), usr(c.followUp)],
      temperature: 0,
      max_tokens: 5,
    }),
  },
];

export const BLIND73: Template[] = [...FRONT_ENDS, ...BLIND73_AGENTS];

export function buildBlind73Negatives(): Negative[] {
  return buildNegativesBlind73();
}
