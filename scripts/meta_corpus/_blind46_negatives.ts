/**
 * Blind round 46 hard negatives: the same chat front-ends' ordinary turns as they send them (their own system
 * prompts, a carried-forward summary, search results) and users asking a title or summary of their own text.
 */
import { CONVERSATIONS_BLIND_46 } from "./_conversations_blind46.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind46.ts";

const source = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const NIEK = source("Niek/chatgpt-web", {
  path: "src/lib/ChatRequest.svelte",
  commit: "19b399e72babd467ce46e675931e6e20b77c75b1",
});
const PYGPT = source("szczyglis-dev/py-gpt", {
  path: "src/pygpt_net/data/config/config.json",
  commit: "dd5503f4317645d91bbce60f9f02d81996febb1b",
});
const LLMCHAT = source("trendy-design/llmchat", {
  path: "packages/ai/workflow/tasks/completion.ts",
  commit: "ca51d98b43612b1999fd31f398d7f43305abf33e",
});
const AI99 = source("vastxie/99AI", {
  path: "service/src/modules/aiTool/chat/chat.service.ts",
  commit: "cbebbfbd823c428f6aaae72d2f8e71cb785ef970",
});
const AQBOT = source("AQBot-Desktop/AQBot", {
  path: "src-tauri/src/context_manager.rs",
  commit: "3510ca4af7a2c546526d429a2f94013f715235cd",
});
const [ENGLISH, SPANISH, JAPANESE, POLISH] = CONVERSATIONS_BLIND_46;
const task = "blind-46";

/** 99AI's search answer: the system message ends with the time and the search-result block. */
const SEARCH_RESULTS = JSON.stringify(
  [{
    title: "杭州亚运村图书馆开放时间调整",
    link: "https://example.com/library-hours",
    content: "自6月起，亚运村图书馆周一闭馆，周二至周日 9:00-21:00 开放。",
  }],
  null,
  2,
);

const NEGATIVES: Negative[] = [
  ...CONVERSATIONS_BLIND_46.map((c) => ({
    task,
    source: NIEK,
    note: `chatgpt-web (Niek) ordinary turn, default profile without a system prompt (${c.language})`,
    body: { model: MODEL, messages: [...toMessages(c.turns), usr(c.followUp)], stream: true },
  })),
  {
    task,
    source: NIEK,
    note: "chatgpt-web (Niek) user asks a title for their own short story (English)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "Suggest a title for my short story, six words at most: 'The lighthouse keeper's daughter counted ships every night until the night one of them counted back.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task,
    source: PYGPT,
    note: "PyGPT chat mode with prompt.default, the user asks a summary of their own minutes (Spanish)",
    body: {
      model: MODEL,
      messages: [
        sys(P.PYGPT_DEFAULT),
        usr(
          "Resume en dos frases el acta de nuestra junta vecinal: se aprobó pintar la fachada en octubre, el costo se divide entre los doce departamentos y la administradora pedirá tres cotizaciones.",
        ),
      ],
      stream: true,
    },
  },
  {
    task,
    source: LLMCHAT,
    note: "llmchat completion task: its system prompt and the chat (Japanese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.fill(P.LLMCHAT_COMPLETION, { date: "May 09, 2026, 7:05 PM" })),
        ...toMessages(JAPANESE?.turns ?? []),
        usr(JAPANESE?.followUp ?? ""),
      ],
      stream: true,
    },
  },
  {
    task,
    source: LLMCHAT,
    note: "llmchat completion task, the user asks a title for their own essay (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.fill(P.LLMCHAT_COMPLETION, { date: "May 09, 2026, 7:05 PM" })),
        usr(
          "Give my essay a title: 'Night buses are the last public living rooms of the city, where nurses, bakers and students share the same tired light.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task,
    source: AI99,
    note: "99AI web-search answer: system with the time and search results, a Chinese question",
    body: {
      model: MODEL,
      messages: [
        sys(
          `\n 现在时间是: 2026/05/09 19:05${
            P.fill(P.AI99_SEARCH, {
              searchPrompt: SEARCH_RESULTS,
              imagesPrompt: "",
              currentDate: "2026/05/09 19:05",
            })
          }`,
        ),
        usr("亚运村图书馆周一开门吗？"),
      ],
      stream: true,
    },
  },
  {
    task,
    source: AI99,
    note: "99AI user asks a summary of their own work log (Chinese)",
    body: {
      model: MODEL,
      messages: [
        sys("\n 现在时间是: 2026/05/09 19:05"),
        usr(
          "帮我把这段周报总结成一句话：本周完成了支付接口联调，修复了三个退款相关的缺陷，下周开始做账单导出。",
        ),
      ],
      stream: true,
    },
  },
  {
    task,
    source: AQBOT,
    note:
      "AQBot turn after compression: the summary as a system message, the kept messages, the next question (Polish)",
    body: {
      model: MODEL,
      messages: [
        sys(
          "[对话历史摘要 / Conversation History Summary]\n- Użytkownik wyprowadza się z mieszkania w Krakowie; właściciel nie chce oddać kaucji z powodu brudnych ścian.",
        ),
        ...toMessages(POLISH?.turns.slice(2) ?? []),
        usr(POLISH?.followUp ?? ""),
      ],
      stream: true,
    },
  },
  {
    task,
    source: AQBOT,
    note: "AQBot turn after compression, Spanish chat carrying its summary",
    body: {
      model: MODEL,
      messages: [
        sys(
          "[对话历史摘要 / Conversation History Summary]\n- La usuaria quiere registrar la marca de su taller de cerámica en Oaxaca ante el IMPI (clase 21).",
        ),
        ...toMessages(SPANISH?.turns.slice(2) ?? []),
        usr(SPANISH?.followUp ?? ""),
      ],
      stream: true,
    },
  },
  {
    task,
    note: "user asks tags for their own blog post in a chat client (English)",
    body: {
      model: MODEL,
      messages: [
        usr(
          `Suggest three tags for my blog post: '${
            ENGLISH?.turns[1]?.content ?? ""
          }' — I'm posting it on my baking blog tonight.`,
        ),
      ],
      stream: true,
    },
  },
  {
    task,
    note: "user asks a title for their own Japanese notice (Japanese)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "回覧板に載せるお知らせにタイトルを付けてください：「来月の防災訓練は公民館に集合します。雨の場合は前日の夕方までにLINEでお知らせします。」",
        ),
      ],
      stream: true,
    },
  },
];

export function buildBlind46Negatives(): Negative[] {
  return NEGATIVES;
}
