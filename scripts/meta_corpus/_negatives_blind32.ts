/**
 * Blind round 32 hard negatives: the round's clients' ordinary turns as they send them (pi's default coding-agent
 * system prompt, HelloAgents' ReAct system prompt, LangMem's final prompt with the running summary as system message)
 * with real requests, and user turns asking for a title or summary of the user's own text, in several languages.
 */
import { asst, type ChatBody, MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind32.ts";

const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const PI = src("badlogic/pi-mono", {
  path: "packages/coding-agent/src/core/system-prompt.ts",
  commit: "83378aad7e74a0e2bb8f37c007a9685fb4609d8a",
});
const HELLO = src("jjyaoao/HelloAgents", {
  path: "hello_agents/agents/react_agent.py",
  commit: "15796e8a00078cf98d3c24dc4b0e28f32c7f8677",
});
const LANGMEM = src("langchain-ai/langmem", {
  path: "src/langmem/short_term/summarization.py",
  commit: "b5dbe4aa34055face022cb4a6db153edd5826377",
});

/** pi's main turn: the default system prompt, then the user's message (tools omitted from the body). */
const piTurn = (request: string): ChatBody => ({
  model: MODEL,
  messages: [sys(P.PI_MAIN_SYSTEM), usr(request)],
  stream: true,
});
/** HelloAgents ReActAgent._build_messages: system prompt then the input text (tool schemas omitted). */
const helloTurn = (request: string): ChatBody => ({
  model: MODEL,
  messages: [sys(P.HA_REACT_SYSTEM), usr(request)],
});
/** LangMem DEFAULT_FINAL_SUMMARY_PROMPT: the summary as system message, then the messages kept after it. */
const langmemTurn = (summary: string, rest: Array<["user" | "assistant", string]>): ChatBody => ({
  model: MODEL,
  messages: [
    sys(P.LANGMEM_FINAL_SYSTEM.replace("{summary}", summary)),
    ...rest.map(([role, text]) => role === "user" ? usr(text) : asst(text)),
  ],
});

const ASKS: Array<Omit<Negative, "task">> = [
  {
    source: PI,
    note: "coding agent turn with a failing test (English)",
    body: piTurn(
      "tests/test_totals.py::test_invoice_totals fails with `AssertionError: 118.0 != 118.00000000000001` since I moved prices to float. Fix it without changing the test.",
    ),
  },
  {
    source: PI,
    note: "user asks for a title of their own commit message draft (English)",
    body: piTurn(
      "Here's my draft commit message, give me a better one-line title under 60 chars:\n\nswitched invoice math from float to Decimal, added quantize to 2 places in totals(), updated fixtures",
    ),
  },
  {
    source: PI,
    note: "user asks for a summary of their own PR description (Spanish)",
    body: piTurn(
      "Resumí en tres viñetas esta descripción de PR que escribí para el equipo:\n\nMigramos el cálculo de facturas a Decimal para evitar errores de redondeo, agregamos tests de regresión para montos con IVA y dejamos un script para recalcular las facturas abiertas de noviembre.",
    ),
  },
  {
    source: PI,
    note: "coding agent turn with a stack trace (Korean)",
    body: piTurn(
      "src/server.ts를 실행하면 `TypeError: Cannot read properties of undefined (reading 'port')`가 나요. config 로딩 순서 좀 확인해서 고쳐 줘.",
    ),
  },
  {
    source: HELLO,
    note: "ReAct agent task (Chinese)",
    body: helloTurn("帮我查一下明天杭州的天气，再根据温度建议我穿什么去爬山。"),
  },
  {
    source: HELLO,
    note: "user asks for a title of their own weekly report (Chinese)",
    body: helloTurn(
      "我写了一段周报，帮我起个标题，不超过十个字：\n本周完成了订单服务的接口重构，修复了两个支付回调的并发问题，下周计划接入新的风控规则。",
    ),
  },
  {
    source: HELLO,
    note: "user asks for a summary of their own notes (German)",
    body: helloTurn(
      "Fass bitte meine Notizen vom Elternabend in drei Punkten zusammen: Klassenfahrt im Mai nach Hamburg, Kosten etwa 240 Euro, Anmeldung bis Ende Januar; neue Mathelehrerin ab Februar; Bitte um Freiwillige für das Sommerfest.",
    ),
  },
  {
    source: HELLO,
    note: "ReAct agent task with arithmetic (Italian)",
    body: helloTurn(
      "Quanto spendo in un anno se pago 42 euro al mese di palestra e 18 euro al mese di streaming, con un aumento del 10% da luglio?",
    ),
  },
  {
    source: LANGMEM,
    note: "turn after summarization: summary as system message, kept messages, a real follow-up (English)",
    body: langmemTurn(
      "The user is planning a two-week trip to Japan in April on a budget of 3,000 dollars.",
      [
        ["assistant", "A JR Pass pays off if you go Tokyo–Kyoto–Hiroshima and back within 14 days."],
        ["user", "Is it still worth it after the 2023 price increase?"],
      ],
    ),
  },
  {
    source: LANGMEM,
    note: "turn after summarization, user asks for a title of their own blog post (English)",
    body: langmemTurn("The user writes a small blog about urban cycling in Wellington.", [
      [
        "user",
        "I just finished this post, what should I call it?\n\nEvery winter I swear I'll switch to the bus, and every winter the southerly changes my mind for about a week. Then the harbour is flat at 7am and I'm back on the bike.",
      ],
    ]),
  },
  {
    source: LANGMEM,
    note: "turn after summarization, user asks for a summary of their own meeting memo (Japanese)",
    body: langmemTurn("ユーザーは町内会の会計を担当している。", [
      [
        "user",
        "私が書いた会議メモを三行でまとめてください：\n来月の清掃活動は第二日曜日に決定。ゴミ袋と軍手は会費から購入、予算は五千円。雨天の場合は翌週に延期し、連絡は回覧板で行う。",
      ],
    ]),
  },
  {
    source: LANGMEM,
    note: "turn after summarization, a real question (Portuguese)",
    body: langmemTurn("O usuário está aprendendo a fazer pão de fermentação natural em Porto Alegre.", [
      ["assistant", "Uma fermentação a frio de 12 horas na geladeira deixa a massa mais fácil de modelar."],
      ["user", "Posso usar farinha integral na massa toda ou só numa parte?"],
    ]),
  },
];

export function buildBlind32Negatives(): Negative[] {
  return ASKS.map((ask) => ({ task: "blind-32", ...ask }));
}
