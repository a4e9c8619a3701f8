/**
 * Blind round 84 hard negatives: the same clients' ordinary turns as they send them (Chital's thread, the role-play
 * preset, the RAG back-end's answer turn, Conversational Search's chat, the hackathon app's chat prompt) and users
 * asking for a title or summary of their own text, in the round's four languages.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_84 } from "./_conversations_blind84.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind84.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
export const CHITAL = "719836c0158d1db9f1fb9145a7036d714a52670f";
export const SPICY = (path: string) =>
  at("SpicyAndWolf/MyBlog-2nd-BackEnd", { path, commit: "120abef92171815f4e3c17b47276bafaafbb7865" });
export const CHATCRAFT = (path: string) =>
  at("tarasglek/chatcraft.org", { path, commit: "c06cf6f83402c1ef8c3d100b81fbbb6332deb32d" });
export const CONV_SEARCH = at("mohnkhan/Conversational-Search", {
  path: "services/geminiService.ts",
  commit: "d0bce91dd8c7a1c7bfc6b85f7018ed4fe374cf3a",
});
export const SAMADHAN = (path: string) =>
  at("techiesflock/samadhan_franchise_ai_backend", {
    path,
    commit: "0cc06e3448b80b82bbb1696fbad4996852eaaa8c",
  });

const [EN, FR, JA, IT] = CONVERSATIONS_BLIND_84 as [Conversation, Conversation, Conversation, Conversation];
const history = (c: Conversation) => toMessages(c.turns);

export function buildBlind84NegativeList(): Negative[] {
  return [
    {
      task: "blind-84",
      source: at("sheshbabu/Chital", { path: "Chital/ChatThreadView.swift", commit: CHITAL }),
      note: "Chital's ordinary turn: the thread's messages and the next question, streamed (English)",
      body: { model: MODEL, messages: [...history(EN), usr(EN.followUp)], stream: true },
    },
    {
      task: "blind-84",
      source: SPICY("prompts/lina/lina-v3.md"),
      note: "role-play chat turn under the sample preset's system prompt (Japanese user)",
      body: { model: MODEL, messages: [sys(P.SPICY_LINA), ...history(JA), usr(JA.followUp)], stream: true },
    },
    {
      task: "blind-84",
      source: CHATCRAFT("src/lib/system-prompt.ts"),
      note: "ChatCraft user asking for a summary of their own pasted text (English)",
      body: {
        model: MODEL,
        messages: [
          sys(P.CHATCRAFT_SYSTEM),
          usr(
            "Can you summarize this commit message I wrote into one line for the changelog?\n\nThe retry loop in the upload worker used a fixed two-second delay, so when the storage service was down every worker hammered it at once. I replaced it with exponential backoff starting at 500 ms with full jitter and a cap of 30 seconds, and the worker now gives up after eight attempts and marks the job as failed instead of retrying forever.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-84",
      source: CHATCRAFT("src/lib/system-prompt.ts"),
      note: "ChatCraft user asking for a title for their own blog post (French)",
      body: {
        model: MODEL,
        messages: [
          sys(P.CHATCRAFT_SYSTEM),
          usr(
            "Propose-moi un titre accrocheur pour cet article de blog que j'ai écrit :\n\nDepuis trois mois, notre équipe déploie en production tous les jours au lieu d'une fois par mois. Nous avons commencé par automatiser les tests d'intégration, puis nous avons découpé les migrations de base de données pour qu'elles soient toujours compatibles avec la version précédente. Résultat : moins d'incidents, et des incidents plus faciles à corriger.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-84",
      source: SAMADHAN("src/modules/chat/services/openai.service.ts"),
      note: "the RAG back-end's ordinary answer turn with retrieved context (French)",
      body: {
        model: MODEL,
        messages: [
          sys(
            P.samadhanChatSystem(
              "[Guide_du_levain.pdf] Un levain actif double de volume en 4 à 6 heures à 24 °C. Cuire le pain à 250 °C les vingt premières minutes avec de la vapeur, puis à 230 °C sans vapeur.",
            ),
          ),
          ...history(FR),
          usr(FR.followUp),
        ],
      },
    },
    {
      task: "blind-84",
      source: at("wangshunnn/mind-flayer", {
        path: "sidecar/src/routes/chat.ts",
        commit: "9f99b027b98498d08044cebf23b75d98e44bf492",
      }),
      note: "user asking for a title for their own text, app system prompt not reproduced (Italian)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "Mi serve un titolo per questo annuncio che ho scritto per il gruppo ciclistico del quartiere: domenica mattina alle nove ci troviamo davanti alla biblioteca per un giro di 40 chilometri lungo il fiume, ritmo tranquillo, pausa caffè a metà strada. Portate una camera d'aria di scorta e il casco.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-84",
      source: at("sheshbabu/Chital", { path: "Chital/ChatThreadView.swift", commit: CHITAL }),
      note: "Chital user asking to summarize their own diary entry (Japanese)",
      body: {
        model: MODEL,
        messages: [
          usr(
            "自分で書いた今日の日記を三行に要約してください。\n\n朝は雨だったので自転車をやめてバスで出勤した。午前中は新しいプロジェクトの見積もりを作り、午後は顧客との打ち合わせが二時間続いた。帰りに駅前の本屋で旅行のガイドブックを買い、夜は来月の台湾旅行の計画を立てた。",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-84",
      source: at("Artewer/makethon-nlp", {
        path: "src/main.py",
        commit: "20312cbe9289d0b3869b1fc08230c8c7398a3976",
      }),
      note:
        "the app's chat prompt with the user's query (Italian) as one user message, persona fields left empty; LlamaIndex agent wrapper not reproduced",
      body: {
        model: MODEL,
        messages: [usr(P.artewerChatPrompt({ persona: "", classPersona: "", data: IT.followUp }))],
        temperature: 0.1,
      },
    },
    {
      task: "blind-84",
      source: CONV_SEARCH,
      note:
        "Conversational Search's ordinary OpenAI turn: history and the next question, streamed, no system instruction set (Japanese)",
      body: { model: MODEL, messages: [...history(JA), usr(JA.followUp)], stream: true },
    },
  ];
}
