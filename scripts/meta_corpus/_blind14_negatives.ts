/**
 * Blind round 14 hard negatives: ordinary turns of the round's clients as they send them (gp.nvim's chat agent,
 * Tabby's system prompt, ElizaOS's message handler, Coze Studio's agent prompt, ellama's summarize command on the
 * user's own text), and user turns that ask for a title, a summary, search terms or rephrasings of their own text.
 */
import { CONVERSATIONS_BLIND14 } from "./_conversations_blind14.ts";
import { type ChatBody, MODEL, sys, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind14.ts";

const [GIT, LUZ, ASYNC, BIKE] = CONVERSATIONS_BLIND14 as [
  (typeof CONVERSATIONS_BLIND14)[number],
  (typeof CONVERSATIONS_BLIND14)[number],
  (typeof CONVERSATIONS_BLIND14)[number],
  (typeof CONVERSATIONS_BLIND14)[number],
];

/** Coze Studio's agent system prompt (agentflow/system_prompt.go) with a travel persona and nothing recalled. */
const COZE_AGENT = P.COZE_REACT.replace("{{ agent_name }}", () => "旅行小助手")
  .replace("{{ time }}", () => "2026-12-07 09:30:00")
  .replace("{{ persona }}", () => "你是一名熟悉江浙沪的旅行规划师，回答简洁，优先推荐公共交通。")
  .replace("{{ memory_variables }}", () => "")
  .replace("{{ knowledge }}", () => "")
  .replace("{{ tools_pre_retriever}}", () => "");

const ELIZA_TURN = P.ELIZA_MESSAGE_HANDLER.replaceAll("{{agentName}}", "Eliza").replaceAll(
  "{{providers}}",
  () =>
    `# Conversation Messages\n${
      toLines(BIKE.turns, { user: "Sam", assistant: "Eliza" })
    }\nSam: Eliza, and is an e-bike worth it for that hill?`,
);

const BODIES: Array<{ task: string; note: string; body: ChatBody }> = [
  {
    task: "gp-chat",
    note: "gp.nvim chat: the agent's system prompt, the chat and the next question",
    body: {
      model: MODEL,
      messages: [sys(P.GP_SYSTEM), ...toMessages(GIT.turns), usr(GIT.followUp)],
      stream: true,
      temperature: 1.1,
    },
  },
  {
    task: "pasted-title",
    note: "a title for the user's own PR text (bolt.diy / Refact chat)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "Give this PR a title under 60 characters, it's for our changelog:\n\nRegenerate package-lock.json during rebase instead of merging it by hand; adds a docs page with the three commands and a note on squashing lockfile commits first.",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "pasted-title",
    note: "a Japanese title request for the user's own draft (Theia chat)",
    body: {
      model: MODEL,
      messages: [
        usr(
          "このブログ記事の下書きにタイトルを付けてください。3案ほしいです。\n\nasyncio.wait と FIRST_COMPLETED を使うと、複数のAPIのうち一番速い応答だけを採用できる。残りのタスクは必ずキャンセルすること。",
        ),
      ],
    },
  },
  {
    task: "agent-chat",
    note: "Amazon Q / Refact style ordinary turn: the chat and the next question",
    body: { model: MODEL, messages: [...toMessages(ASYNC.turns), usr(ASYNC.followUp)], stream: true },
  },
  {
    task: "tabby-chat",
    note: "Tabby chat with its default system prompt",
    body: {
      model: MODEL,
      messages: [sys(P.TABBY_SYSTEM), usr("How do I cancel the remaining tasks after asyncio.wait returns?")],
      stream: true,
    },
  },
  {
    task: "eliza-reply",
    note: "ElizaOS messageHandlerTemplate for a normal reply (providers block reconstructed)",
    body: { model: MODEL, messages: [usr(ELIZA_TURN)] },
  },
  {
    task: "pasted-extract",
    note: "agentUniverse-style Chinese user asking to extract points from their own notes",
    body: {
      model: MODEL,
      messages: [
        usr(
          "帮我从这段会议纪要里提取三条关键结论，用列表：\n周二产品会：新版结算页下周三灰度10%；退款入口移到订单详情；客服话术由小林周五前更新。",
        ),
      ],
    },
  },
  {
    task: "pasted-search-terms",
    note: "Haystack-style: the user asks for search terms for their own thesis",
    body: {
      model: MODEL,
      messages: [
        usr(
          "Ich schreibe meine Bachelorarbeit über Wärmepumpen in unsanierten Altbauten. Gib mir fünf alternative Suchbegriffe für Google Scholar, gern auch auf Englisch.",
        ),
      ],
    },
  },
  {
    task: "ellama-summarize",
    note: "ellama-summarize: system template with the user's own region text",
    body: {
      model: MODEL,
      messages: [
        sys(P.ELLAMA_SUMMARIZE),
        usr(
          "Quarterly ops review: uptime 99.93% against a 99.9% target; two incidents, both DNS; on-call load fell from 14 to 9 pages a week after the alert cleanup; next quarter we migrate the queue to managed Kafka.",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "pasted-summary",
    note: "user asks for a summary of a notice they pasted, inside a chat",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(LUZ.turns),
        usr(
          "Resume este aviso que me mandaron en dos líneas: 'Por trabajos de mantenimiento en la subestación Norte, el suministro se suspenderá el jueves de 9:00 a 14:00 en las colonias Centro y Reforma.'",
        ),
      ],
      stream: true,
    },
  },
  {
    task: "follow-up-request",
    note: "user asks which questions to ask (not suggestion generation)",
    body: {
      model: MODEL,
      messages: [
        ...toMessages(BIKE.turns),
        usr("Que perguntas devo fazer na loja antes de comprar a bicicleta? Me dá umas cinco."),
      ],
      stream: true,
    },
  },
  {
    task: "coze-agent",
    note: "Coze Studio agent: REACT_SYSTEM_PROMPT_JINJA2 filled, a real question",
    body: {
      model: MODEL,
      messages: [sys(COZE_AGENT), usr("周末去杭州两天，怎么安排比较好？")],
      stream: true,
    },
  },
  {
    task: "pasted-rephrase",
    note: "DB-GPT-style Chinese user asking for rephrasings of their own FAQ question",
    body: {
      model: MODEL,
      messages: [usr("帮我把这个问题换三种问法，要放进客服FAQ里：如何申请退款？")],
    },
  },
];

/** The negatives with a note naming the client whose turn each one imitates (for the round's JSONL). */
export function buildBlind14NegativeCases(): Array<Negative & { note: string }> {
  return BODIES.map(({ task, note, body }) => ({ task: `blind-14-${task}`, note, body }));
}

export function buildBlind14Negatives(): Negative[] {
  return buildBlind14NegativeCases().map(({ task, body }) => ({ task, body }));
}
