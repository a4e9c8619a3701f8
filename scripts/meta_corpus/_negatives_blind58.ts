/** Blind round 58 negatives: ordinary turns of the round's clients, and users asking to title or summarise their own text. */
import { CONVERSATIONS_BLIND_58 } from "./_conversations_blind58.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind58.ts";
import { MODEL, type Source, sys, toMessages, usr } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

const history = (i: number) => CONVERSATIONS_BLIND_58[i % CONVERSATIONS_BLIND_58.length]?.turns ?? [];
const NEGATIVES: Array<{ note: string; source?: Source; messages: ReturnType<typeof usr>[] }> = [
  {
    note: "Aetherlink-flutter ordinary turn: default assistant prompt, history, a Chinese follow-up question",
    source: at("1600822305/Aetherlink-flutter", {
      path: "lib/features/chat/application/assistant_presets.dart",
      commit: "3dae442880c48f515820571ad2cbab56900cbf3c",
    }),
    messages: [
      sys(P.AE_ASSISTANT),
      ...toMessages(history(2)),
      usr("补光灯会不会太耗电？一个月大概多少度？"),
    ],
  },
  {
    note: "Chinese user asks for a title for their own pasted text",
    messages: [
      sys(P.AE_ASSISTANT),
      usr(
        "帮我给这段文字起个标题，十个字以内：周末我们去了城郊的湿地公园，看到了成群的白鹭，孩子第一次学会了用望远镜。",
      ),
    ],
  },
  {
    note: "Chat Copilot ordinary turn: SystemPersona (description + response rule), history, a user question",
    source: at("microsoft/chat-copilot", {
      path: "webapi/appsettings.json",
      commit: "23b27821baa11b2a1639070434628e5b151ce706",
    }),
    messages: [
      sys(
        `${
          P.CC_SYSTEM_DESCRIPTION.replace("{{$knowledgeCutoff}}", P.CC_KNOWLEDGE_CUTOFF_DATE)
        }\n\n${P.CC_SYSTEM_RESPONSE}`,
      ),
      ...toMessages(history(0)),
      usr("Copilot, can I keep the starter in the freezer while I'm away for a month?"),
    ],
  },
  {
    note: "Vercel AI Chatbot ordinary turn: the user asks to summarise their own paragraph",
    source: at("vercel/ai-chatbot", {
      path: "lib/ai/prompts.ts",
      commit: "9d5d8a3ea7968522a37ab1cc145a6c0ef8a9dd2e",
    }),
    messages: [
      sys(P.VERCEL_REGULAR),
      usr(
        "Summarize this in two sentences for my team update: We migrated the billing service to the new queue on Tuesday. Two retries failed because of a stale config, which we fixed on Wednesday, and throughput is now 30% higher.",
      ),
    ],
  },
  {
    note: "macai ordinary turn: default system message, history, a French question",
    source: at("Renset/macai", {
      path: "macai/Configuration/AppConstants.swift",
      commit: "08b3484809a1ed43cc4552f1298bb9eb201e42eb",
    }),
    messages: [
      sys(P.MACAI_SYSTEM),
      ...toMessages(history(1)),
      usr("Et si quelqu'un crève, on attend tout le groupe ?"),
    ],
  },
  {
    note: "llm-answer-engine @mention turn (Portkey gateway): the query in the system and user messages",
    source: at("developersdigest/llm-answer-engine", {
      path: "app/tools/mentionFunctions/portKeyAIGateway.ts",
      commit: "168c5d72a219acc4cf18251d3d7a8ab6477c329a",
    }),
    messages: [
      sys(P.LAE_MENTION.replace("${userMessage}", "best budgeting apps that import MT940 statements")),
      usr('Here is my query "best budgeting apps that import MT940 statements"'),
    ],
  },
  {
    note: "Polish user asks for a title for their own blog post",
    messages: [
      usr(
        "Wymyśl tytuł do mojego wpisu na blogu, maksymalnie 6 słów: Po roku prowadzenia budżetu w aplikacji zaoszczędziłam na wakacje, głównie dzięki rezygnacji z trzech subskrypcji.",
      ),
    ],
  },
  {
    note: "AstrBot user turn that the memory plugin intercepts: the user asks the bot to remember something",
    messages: [usr("记住：我下周三上午要去医院体检，到时候提醒我别吃早饭。")],
  },
];

export function buildBlind58Negatives(): Negative[] {
  return NEGATIVES.map((item) => ({
    task: "blind-58",
    body: { model: MODEL, messages: item.messages, stream: true },
    ...(item.source ? { source: item.source } : {}),
    note: item.note,
  }));
}
