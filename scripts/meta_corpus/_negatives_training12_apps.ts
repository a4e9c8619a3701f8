/**
 * Training round 12 hard negatives, chat front-ends: personas, RAG templates ("use the following context to answer")
 * and web-search answer templates filled with a real user question, in several languages, with the conversation so
 * far where the client sends it. Where the client's wrapper (which message holds the context) had to be
 * reconstructed the item's note says so.
 */
import { asst, sys, usr } from "./_types.ts";
import type { Item12 } from "./_negatives_training12_item.ts";
import * as P from "./_prompts_training12_apps.ts";
import {
  CHERRY_FOOTNOTE,
  CHERRY_REFERENCE,
  FASTGPT_QA,
  FASTGPT_QUOTE,
  HAY_SYSTEM_FULL,
  NALA_SYSTEM_FULL,
  OPENCHAT_INSTRUCTIONS,
  READ_SOURCES_12 as R,
} from "./_prompts_training12_read.ts";

const S = P.APP_SOURCES_12;
const WRAP = "wrapper reconstructed: the filled template as system message, then the chat";

const pageAssist = (context: string, question: string) =>
  P.PAGE_ASSIST_RAG.replace("{context}", context).replace("{question}", question);
const pageAssistWeb = (results: string) =>
  P.PAGE_ASSIST_WEB.replace("{current_date_time}", "12/7/2026, 9:41:03 AM").replace(
    "{search_results}",
    results,
  );
const farfalle = (context: string, query: string) =>
  P.FARFALLE_CHAT.replace("{my_context}", context).replace("{my_query}", query);
const perplexica = (context: string) =>
  P.PERPLEXICA_WRITER.replace("${systemInstructions}", "").replace("${context}", context)
    .replace("${new Date().toISOString()}", "2026-12-07T08:41:03.512Z");
const st = (text: string) => text.replaceAll("{{char}}", "Seraphina").replaceAll("{{user}}", "Mara");

const HEATING =
  '<result index=1 title="Heat pump running costs explained" url="https://example.org/heat-pumps">A typical air-source heat pump has a seasonal COP of 3 to 3.5; at 0.32 EUR/kWh a 120 m² house uses about 4,000 kWh of electricity a year.</result>\n<result index=2 title="Gas prices 2026" url="https://example.org/gas">Household gas in Germany averages 0.11 EUR/kWh including the CO2 levy.</result>';
const TRAIN =
  "1. https://example.org/rail | Night trains Vienna-Paris | The Nightjet runs three times a week, 14 h 20 min, from 59 EUR.\n2. https://example.org/fly | Flights Vienna-Paris | Direct flights take 2 h 5 min; fares from 79 EUR.";
const LEASE =
  "[1] Mietvertrag §7: Die Kaution beträgt drei Nettokaltmieten und ist nach Auszug binnen sechs Monaten abzurechnen.\n[2] Hausordnung: Haustiere bedürfen der schriftlichen Zustimmung.";
const HANDBOOK =
  "员工手册第4章：正式员工每年享有15天带薪年假，入职未满一年的按月折算。年假需提前5个工作日在系统中申请。";

export const APP_ITEMS_12: Item12[] = [
  {
    kind: "chat-app",
    lang: "en",
    source: S.KHOJ_PERSONALITY,
    messages: [sys(P.KHOJ_PERSONALITY), usr("What's a good stretching routine for after a long bike ride?")],
  },
  {
    kind: "rag",
    lang: "en",
    source: S.KHOJ_NOTES,
    note:
      "personality as system message, notes_conversation with the references in a user message before the query",
    messages: [
      sys(P.KHOJ_PERSONALITY),
      usr(P.KHOJ_NOTES.replace(
        "{references}",
        "# 2026-11-30 Garden\n- planted garlic, 3 rows\n- tulip bulbs still in the shed\n\n# 2026-12-02\n- frost forecast for Friday",
      )),
      usr("did I already plant the tulips? and should I worry about the frost?"),
    ],
  },
  {
    kind: "web-search",
    lang: "de",
    source: S.KHOJ_ONLINE,
    note:
      "personality as system message, online_search_conversation with the results in a user message before the query",
    messages: [
      sys(P.KHOJ_PERSONALITY),
      usr(P.KHOJ_ONLINE.replace("{online_results}", HEATING)),
      usr("Lohnt sich eine Wärmepumpe für unser Haus (120 m²) im Vergleich zur Gasheizung?"),
    ],
  },
  {
    kind: "rag",
    lang: "de",
    source: S.PAGE_ASSIST_RAG,
    note: WRAP,
    messages: [
      sys(pageAssist(LEASE, "Wann muss mein Vermieter die Kaution zurückzahlen?")),
      usr("Wann muss mein Vermieter die Kaution zurückzahlen?"),
    ],
  },
  {
    kind: "rag",
    lang: "zh",
    source: S.PAGE_ASSIST_RAG,
    note: WRAP,
    messages: [
      sys(pageAssist(HANDBOOK, "我三月份入职，今年能休几天年假？")),
      usr("年假要怎么申请？"),
      asst("需要提前5个工作日在系统中申请。"),
      usr("我三月份入职，今年能休几天年假？"),
    ],
  },
  {
    kind: "web-search",
    lang: "en",
    source: S.PAGE_ASSIST_WEB,
    note: WRAP,
    messages: [
      sys(pageAssistWeb(TRAIN)),
      usr("Is the night train from Vienna to Paris worth it compared to flying?"),
    ],
  },
  {
    kind: "chat-app",
    lang: "en",
    source: S.OBSIDIAN_SYSTEM,
    messages: [
      sys(P.OBSIDIAN_SYSTEM),
      usr("@vault what did I write about the Lisbon trip budget? I think it was in a note from October."),
    ],
  },
  {
    kind: "chat-app",
    lang: "fr",
    source: S.OBSIDIAN_SYSTEM,
    messages: [
      sys(P.OBSIDIAN_SYSTEM),
      usr(
        "Dans ma note [[Réunion parents-profs]], quelles sont les trois choses que je dois faire avant janvier ? Réponds en liste.",
      ),
    ],
  },
  {
    kind: "web-search",
    lang: "en",
    source: S.FARFALLE_CHAT,
    messages: [usr(farfalle(TRAIN, "How long does the night train from Vienna to Paris take?"))],
  },
  {
    kind: "web-search",
    lang: "es",
    source: S.FARFALLE_CHAT,
    messages: [
      usr(farfalle(
        "1. https://example.org/clima | Clima en Sevilla en abril | Máximas de 24 °C, lluvias ocasionales, Semana Santa muy concurrida.",
        "¿Qué tiempo hace en Sevilla en abril y conviene reservar hotel con antelación?",
      )),
    ],
  },
  {
    kind: "web-search",
    lang: "en",
    source: S.PERPLEXICA_WRITER,
    note: "getWriterPrompt as system message, the chat history, then the query",
    messages: [
      sys(perplexica(HEATING)),
      usr("what does a heat pump cost to run?"),
      asst("Around 1,300 EUR a year for a 120 m² house at current electricity prices [1]."),
      usr("and compared to gas?"),
    ],
  },
  {
    kind: "web-search",
    lang: "it",
    source: S.PERPLEXICA_WRITER,
    note: "getWriterPrompt as system message, then the query",
    messages: [
      sys(perplexica(
        '<result index=1 title="Pasta alla gricia" url="https://example.org/gricia">Guanciale, pecorino romano, pepe nero; niente panna né uova.</result>',
      )),
      usr("Qual è la differenza tra gricia e carbonara?"),
    ],
  },
  {
    kind: "chat-app",
    lang: "en",
    source: S.ST_MAIN,
    note:
      "main and enhanceDefinitions prompts filled for the default character, the character card cut to one line",
    messages: [
      sys(st(P.ST_MAIN)),
      sys("Seraphina is a guardian of the Eldoria forest, gentle and protective, with healing magic."),
      sys(st(P.ST_ENHANCE)),
      asst(
        "*Seraphina kneels beside you, her hands glowing softly.* You're safe now. The wolves won't follow us here.",
      ),
      usr("*I sit up slowly* Where am I? And who are you?"),
    ],
  },
  {
    kind: "rag",
    lang: "en",
    source: R.CHERRY,
    messages: [
      usr(CHERRY_REFERENCE(
        "How much water does a dishwasher use per cycle?",
        '[\n  {"id": 1, "content": "Modern EU dishwashers use 9 to 12 litres per eco cycle.", "sourceUrl": "https://example.org/dw"}\n]',
      )),
    ],
  },
  {
    kind: "rag",
    lang: "ja",
    source: R.CHERRY,
    messages: [
      usr(CHERRY_FOOTNOTE(
        "京都で紅葉が一番きれいな時期はいつですか？",
        '[\n  {"id": 1, "content": "京都の紅葉の見頃は例年11月中旬から12月上旬。", "sourceUrl": "https://example.org/kyoto"}\n]',
      )),
    ],
  },
  {
    kind: "rag",
    lang: "zh",
    source: R.FASTGPT,
    messages: [sys("你是公司内部的人事助手。"), usr(FASTGPT_QUOTE(HANDBOOK, "年假可以分几次休吗？"))],
  },
  {
    kind: "rag",
    lang: "zh",
    source: R.FASTGPT,
    messages: [
      usr(FASTGPT_QA(
        "<Question>\n如何重置密码？\n</Question>\n<Answer>\n在登录页点击“忘记密码”，按邮件提示操作。\n</Answer>",
        "我忘了密码怎么办",
      )),
    ],
  },
  {
    kind: "chat-app",
    lang: "pt",
    source: R.HAY,
    messages: [
      sys(HAY_SYSTEM_FULL),
      usr("Olá, meu pedido 48213 ainda não chegou. Vocês podem verificar o status?"),
    ],
  },
  {
    kind: "chat-app",
    lang: "pt",
    source: R.HAY,
    messages: [
      sys(HAY_SYSTEM_FULL),
      usr("Quero trocar o tamanho da camisa que comprei."),
      asst("Claro! Qual é o número do pedido?"),
      usr("É o 48990. Posso trocar por M?"),
    ],
  },
  {
    kind: "coding-agent",
    lang: "zh",
    source: R.NALA,
    messages: [sys(NALA_SYSTEM_FULL), usr("用 Python 写一个函数，读取 CSV 文件并按日期统计每天的订单数量。")],
  },
  {
    kind: "chat-app",
    lang: "en",
    source: R.OPENCHAT,
    messages: [
      sys(OPENCHAT_INSTRUCTIONS),
      usr("I'm Priya, by the way. Can you suggest a vegetarian lunch I can prep on Sunday?"),
    ],
  },
];
