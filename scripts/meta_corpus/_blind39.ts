/**
 * Blind round 39: chat front-ends, messenger and mail tools, note apps and a RAG app never used in the corpus
 * before, read from their source and measured without changing the rules: ChatShell's dialogue title, TitleForge's
 * Japanese note title and tags, a Gmail summariser, a WhatsApp chat analyser (summary, topics, action items and the
 * combined report), neotw-ai's Chinese diary summary and title rewrite for TiddlyWiki, a Spanish standalone-question
 * rewrite and a Slack incident summary; and hard negatives from the same clients' ordinary turns.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_39 } from "./_conversations_blind39.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind39.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const CHATSHELL = at("chatshellapp/chatshell-desktop", {
  path: "src-tauri/src/prompts.rs",
  commit: "0200e7bb22e491889a95dabd2db7af40b27abb50",
});
const FORGE = "a1c474ea30ac741409fcc1218aeba0eeb3aa95e0";
const WHATSAPP = at("eldunari2026/whatsapp-chat-analyzer", {
  path: "src/whatsapp_analyzer/llm/prompts.py",
  commit: "2c5017e2b3a58532ed9578c552533ca47ccb5a1a",
});
const NEOTW = at("oeyoews/tiddlywiki-starter-kit", {
  path: "plugins/oeyoews/neotw-ai/tiddlers/prompt.js",
  commit: "a0ef577d1c5ce9b177a17f0e94dc86e595cef85a",
});
const RAG_QA_SOURCE = at("humankernel/rag-next-langchain", {
  path: "src/lib/langchain/prompt.ts",
  commit: "25b0ddd8fd64c50de25b7522235514a342f7b149",
});
const CHECKM8 = at("1p22geo/ai-mono", {
  path: "checkm8/prompts.py",
  commit: "489c8c3de9be12e15a4cd4a762514632ed962dea",
});

const NAMES = ["Maya", "Tomás"];
/** `Message.__str__` of the analyser: `[YYYY-MM-DD HH:MM] sender: content`, one line a message. */
const chatText = (c: Conversation) =>
  c.turns.map((t, i) => `[2026-05-09 19:0${i}] ${NAMES[t.role === "user" ? 0 : 1]}: ${t.content}`).join("\n");
const plain = (c: Conversation) => c.turns.map((t) => t.content).join("\n\n");
/** Ollama's generate and LangChain prompt templates reach a chat endpoint as one user message. */
const one = (content: string) => ({ model: MODEL, messages: [usr(content)] });
const whatsapp = (task: string, { template, note }: { template: string; note: string }): Template => ({
  client: "whatsapp-chat-analyzer",
  task,
  source: WHATSAPP,
  paraphrased: true,
  note: `${note}; Ollama generate(prompt) reconstructed as one user message`,
  build: (c) =>
    one(P.fill(template, {
      chat_text: chatText(c),
      participant_list: NAMES.map((name) => P.fill(P.PARTICIPANT_LINE, { name })).join("\n"),
    })),
});

export const BLIND_ROUND_39: Template[] = [
  {
    client: "ChatShell",
    task: "title",
    source: CHATSHELL,
    note:
      "TITLE_GENERATION_SYSTEM_PROMPT as system, build_title_generation_user_prompt(first exchange) as user",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [sys(P.CS_TITLE), usr(`<user>${question}</user>\n<assistant>${answer}</assistant>`)],
      };
    },
  },
  {
    client: "TitleForge",
    task: "title",
    source: at("shin902/title-forge-obsidian", { path: "src/services/title-generator.ts", commit: FORGE }),
    paraphrased: true,
    note:
      "Japanese note title, maxTitleLength 40 and 64 output tokens by default; Gemini generateContent as one user message",
    build: (c) => ({
      ...one(P.fill(P.TF_TITLE, { maxTitleLength: "40", content: plain(c) })),
      max_tokens: 64,
    }),
  },
  {
    client: "TitleForge",
    task: "tags",
    source: at("shin902/title-forge-obsidian", { path: "src/services/tag-generator.ts", commit: FORGE }),
    paraphrased: true,
    note:
      "Japanese tags from the note cut to maxContentLength 100, 128 output tokens; Gemini call as one user message",
    build: (c) => ({ ...one(P.fill(P.TF_TAGS, { content: plain(c).substring(0, 100) })), max_tokens: 128 }),
  },
  {
    client: "gmail-summarizer",
    task: "summary",
    source: at("richartkeil/gmail-summarizer", {
      path: "summarizer.js",
      commit: "04df11b17006dc77409ca27353530ca5079b2d51",
    }),
    note:
      "systemContent + the email prompt, max_tokens 300; the email body is the conversation, whitespace collapsed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.GMAIL_SYSTEM),
        usr(P.fill(P.GMAIL_USER, {
          title: `Re: ${firstExchange(c).question}`,
          textContent: toLines(c.turns, { user: "From me", assistant: "Reply" }).replace(/\s+/g, " ").trim(),
        })),
      ],
      max_tokens: 300,
    }),
  },
  whatsapp("summary", { template: P.SUMMARIZE, note: "SUMMARIZE with the chat lines" }),
  whatsapp("tags", { template: P.EXTRACT_TOPICS, note: "EXTRACT_TOPICS with the chat lines" }),
  whatsapp("summary", { template: P.EXTRACT_ACTION_ITEMS, note: "EXTRACT_ACTION_ITEMS with the chat lines" }),
  whatsapp("summary", {
    template: P.ANALYZE_ALL,
    note: "ANALYZE_ALL, the combined report, with one PARTICIPANT_LINE per sender",
  }),
  {
    client: "neotw-ai",
    task: "summary",
    source: NEOTW,
    paraphrased: true,
    note:
      "getPrompt(today's diary tiddler) in Chinese; the caller's wrapping not read, sent as one user message",
    build: (c) => one(P.fill(P.NEOTW_DIARY, { content: plain(c) })),
  },
  {
    client: "neotw-ai",
    task: "title",
    source: NEOTW,
    paraphrased: true,
    note: "getRenameTitle(the tiddler's raw title, here the first question); sent as one user message",
    build: (c) => one(P.fill(P.NEOTW_RENAME, { title: firstExchange(c).question })),
  },
  {
    client: "rag-next-langchain",
    task: "query-rewrite",
    source: at("humankernel/rag-next-langchain", {
      path: "src/lib/langchain/prompt.ts",
      commit: "4e899c0059dbbab6d99627e294a8772558798c76",
    }),
    paraphrased: true,
    note:
      "Spanish condenseQuestionPrompt to ChatOllama as one human message; chat_history formatting reconstructed",
    build: (c) =>
      one(P.fill(P.RAG_STANDALONE, {
        chat_history: toLines(c.turns, { user: "Human", assistant: "Assistant" }),
        question: c.followUp,
      })),
  },
  {
    client: "ai-summarize-incident-template",
    task: "summary",
    source: at("peoplesj/ai-summarize-incident-template", {
      path: "functions/ai_incident_summary_function.ts",
      commit: "7a9187785e6cb1cd9eedc8a750466843a2b4cded",
    }),
    paraphrased: true,
    note: "Slack workflow step: the incident template as system, the Slack message (here the thread) as user",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.INCIDENT), usr(toLines(c.turns, { user: "Maya", assistant: "Tomás" }))],
    }),
  },
];

const DOC =
  "Vale de vacaciones: cada empleado tiene 22 días hábiles al año; los días no usados pueden pasar al año siguiente hasta un máximo de 5.";
const KOREAN = CONVERSATIONS_BLIND_39[2];
const ASKS: Negative[] = [
  ...CONVERSATIONS_BLIND_39.map((c) => ({
    task: "blind-39",
    source: CHATSHELL,
    note: `ChatShell main turn with its default system prompt (${c.language})`,
    body: {
      model: MODEL,
      messages: [sys(P.CS_DEFAULT), ...toMessages(c.turns), usr(c.followUp)],
      stream: true,
    },
  })),
  {
    task: "blind-39",
    source: CHATSHELL,
    note: "ChatShell user asks a title for their own essay (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.CS_DEFAULT),
        usr(
          "Give my essay a title, something short: 'Every spring the river behind my grandmother's house floods the meadow, and every summer the meadow gives back more flowers than before.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-39",
    source: CHATSHELL,
    note: "ChatShell user asks a summary of their own pasted minutes (German)",
    body: {
      model: MODEL,
      messages: [
        sys(P.CS_DEFAULT),
        usr(
          "Fass mir bitte unser Protokoll in zwei Sätzen zusammen: Die Eigentümerversammlung beschließt die Sanierung des Daches im Juli. Die Kosten werden nach Nutzfläche aufgeteilt, die Rücklage deckt ein Drittel.",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "blind-39",
    source: RAG_QA_SOURCE,
    note: "rag-next-langchain answer prompt with retrieved context and the question (Spanish)",
    body: one(
      P.fill(P.RAG_QA, {
        context: DOC,
        question: "¿Cuántos días de vacaciones puedo pasar al año siguiente?",
      }),
    ),
  },
  {
    task: "blind-39",
    source: RAG_QA_SOURCE,
    note: "rag-next-langchain answer prompt, the user asks to summarise the document (Spanish)",
    body: one(P.fill(P.RAG_QA, { context: DOC, question: "Resume en una frase la política de vacaciones." })),
  },
  {
    task: "blind-39",
    source: CHECKM8,
    note: "Checkm8 companion chat, casual persona with the user's name and the history (Korean)",
    body: {
      model: MODEL,
      messages: [
        sys(`${P.CHECKM8.casual}\n\nThe user you are talking to is: "jiwoo"`),
        ...toMessages(KOREAN?.turns ?? []),
        usr(KOREAN?.followUp ?? ""),
      ],
    },
  },
  {
    task: "blind-39",
    source: CHECKM8,
    note: "Checkm8 professional persona, the user asks a title for their own poem (Portuguese)",
    body: {
      model: MODEL,
      messages: [
        sys(`${P.CHECKM8.professional}\n\nThe user you are talking to is: "rafa"`),
        usr(
          "Me dá um título para o meu poema: 'A chuva de Curitiba chega sem avisar e leva embora o cheiro do café.'",
        ),
      ],
    },
  },
  {
    task: "blind-39",
    source: CHECKM8,
    note: "Checkm8 creative persona, the user asks a summary of their own diary entry (English)",
    body: {
      model: MODEL,
      messages: [
        sys(`${P.CHECKM8.creative}\n\nThe user you are talking to is: "orla"`),
        usr(
          "Summarise my diary entry in one line: 'Planted the last of the beans, fixed the shed door, and finally met the new neighbours, who keep bees.'",
        ),
      ],
    },
  },
];

export function buildBlind39Negatives(): Negative[] {
  return ASKS;
}
