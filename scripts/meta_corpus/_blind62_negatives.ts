/**
 * Blind round 62 hard negatives: ordinary turns of the round's clients as they send them (their own system prompts)
 * and user turns asking for a title or summary of the user's own text, in the round's languages.
 */
import type { Conversation } from "./_conversations.ts";
import { type ChatBody, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { CONVERSATIONS_BLIND_62 } from "./_conversations_blind62.ts";
import * as P from "./_prompts_blind62.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });

const conv = (i: number): Conversation => {
  const conversation = CONVERSATIONS_BLIND_62[i];
  if (!conversation) throw new Error(`no blind-62 conversation ${i}`);
  return conversation;
};
const neg = (
  { source, note, messages, stream = true }: {
    source: Template["source"];
    note: string;
    messages: ChatBody["messages"];
    stream?: boolean;
  },
): Negative => ({
  task: "blind-62",
  source,
  note,
  body: { model: MODEL, messages, stream },
});

export function buildBlind62Negatives(): Negative[] {
  const en = conv(0);
  const ko = conv(2);
  const newelleSystem = P.NEWELLE_ASSISTANT.replace("{DATE}", "2026-12-07");
  const bailingSystem = P.BAILING_SYSTEM.replace("{memory}", "").trim();
  return [
    neg({
      source: at("qwersyk/Newelle", {
        path: "src/constants.py",
        commit: "60aa5b4588ad58b7fbfaf9dfb41602e992991286",
      }),
      note: "Newelle ordinary turn with its assistant prompt (English)",
      messages: [
        sys(newelleSystem),
        ...toMessages(en.turns),
        usr(en.followUp),
      ],
    }),
    neg({
      source: at("qwersyk/Newelle", {
        path: "src/constants.py",
        commit: "60aa5b4588ad58b7fbfaf9dfb41602e992991286",
      }),
      note: "Newelle user asks a title for their own pasted abstract (English)",
      messages: [
        sys(newelleSystem),
        usr(
          "Can you give my blog post a catchy title? Here it is: Last weekend I rebuilt my grandfather's 1970s Raleigh, replacing the rusted chain, truing both wheels and fitting new brake pads. It rides better than my carbon bike on gravel.",
        ),
      ],
    }),
    neg({
      source: at("wwbin2017/bailing", {
        path: "bailing/memory.py",
        commit: "2f7dc881b684c50fb0c612361a34b44bd5626aea",
      }),
      note: "bailing ordinary voice turn with its persona (Chinese)",
      messages: [
        sys(bailingSystem),
        usr("明天早上去爬山，要带什么衣服比较好？"),
      ],
    }),
    neg({
      source: at("yym68686/aient", {
        path: "aient/plugins/config.py",
        commit: "843da27d59ee33fa6416a37851f1f978adeb6d15",
      }),
      note: "ChatGPT-Telegram-Bot ordinary turn; user asks a summary of their own text (Chinese)",
      messages: [
        sys(P.AIENT_DEFAULT_SYSTEM),
        usr(
          "帮我把这段话总结成一句话：本周我们完成了支付模块的重构，修复了三个退款相关的缺陷，下周开始做发票导出。",
        ),
      ],
    }),
    neg({
      source: at("yincongcyincong/MuseBot", {
        path: "conf/i18n/i18n.en.json",
        commit: "f80199d8f9efc6431669517655747174c080a284",
      }),
      note: "MuseBot plain chat message; user asks a title for their own story (Russian)",
      messages: [
        usr(
          "Придумай название для моего рассказа: девочка находит в бабушкином сундуке карту старого Петербурга и ищет дом, которого больше нет.",
        ),
      ],
      stream: false,
    }),
    neg({
      source: at("anse-app/anse", {
        path: "src/logics/helper.ts",
        commit: "d4e46e49d682059374282a5a22e28e3ecc214bd6",
      }),
      note: "anse continuous chat turn in Korean with history",
      messages: [
        ...toMessages(ko.turns),
        usr(ko.followUp),
      ],
    }),
    neg({
      source: at("LostRuins/lite.koboldai.net", {
        path: "index.html",
        commit: "27eb1dcc59d686675ce5018ccf696f0ee8cf5794",
      }),
      note: "KoboldAI Lite chat: the user asks to shorten their own paragraph (Spanish)",
      messages: [
        usr(
          "\nUser: Resume en dos frases mi carta de presentación: Soy enfermera con ocho años de experiencia en urgencias pediátricas en Sevilla, he coordinado turnos de doce personas y busco un puesto en atención primaria para conciliar mejor con mi familia.\nKoboldAI:",
        ),
      ],
    }),
    neg({
      source: at("yihong0618/xiaogpt", {
        path: "xiaogpt/xiaogpt.py",
        commit: "135d18aa8ec55fcc99aa68251ee2212699325fec",
      }),
      note:
        "xiaogpt speaker question: the wake keyword dropped, its default prompt appended on a fresh chat (Chinese)",
      messages: [usr("明天北京天气适合骑车吗,以下请用 300 字以内回答，请只回答文字不要带链接")],
    }),
    neg({
      source: at("andrewnguonly/Lumos", {
        path: "src/scripts/background.ts",
        commit: "69ff12ed3da5846eb40c3233e9dcdafb6cb64f60",
      }),
      note: "Lumos ordinary RAG turn: the page context as system prompt, then the user's question (English)",
      messages: [
        sys(
          "Use the following context when responding to the prompt.\n\nBEGIN CONTEXT\n\nMarin County trail report: Dipsea Trail open, Steep Ravine closed for bridge repair until March. Parking at Pantoll fills by 9 am on weekends.\n\nEND CONTEXT",
        ),
        usr("is steep ravine open this weekend?"),
      ],
    }),
  ];
}
