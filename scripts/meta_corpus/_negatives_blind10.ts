/**
 * Hard negatives written with blind round 10 (after the freeze at commit b128fae): the ordinary turns of the same
 * clients (LightRAG's answer from a knowledge graph with the conversation history, a supervisor's coder worker, a
 * Codex fork's developer, a group member asking the bot, a condense-question chatbot's answer step) and people
 * asking to remember, summarize or title in their own words, in English, Chinese and Japanese.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const LIGHTRAG_ANSWER =
  '---Role---\n\nYou are a helpful assistant responding to user query about Document Chunks provided provided in JSON format below.\n\n---Goal---\n\nGenerate a concise response based on Document Chunks and follow Response Rules, considering both the conversation history and the current query.\n\n---Conversation History---\nuser: which flour did you recommend?\nassistant: Whole rye for the starter.\n\n---Document Chunks(DC)---\n[{"reference_id": "1", "content": "Rye flour ferments faster than wheat flour."}]\n\n---RESPONSE GUIDELINES---\n- Format the response using markdown with appropriate section headings.\n- The response language must match the user\'s question language.\n\n---USER CONTEXT---\n- Additional user prompt: how much rye should I use per feeding?\n\n---Response---\nOutput:';

const ASKS: Array<{ system?: string; history?: boolean; ask: string; stream?: boolean }> = [
  { ask: LIGHTRAG_ANSWER },
  { ask: "覚えといて：明日の10時に歯医者。あと、歯医者の前に何か食べても大丈夫？", stream: true },
  {
    system:
      "You are coder, a member of a team coordinated by a supervisor. Execute Python when calculations are needed.",
    ask: "Compute the compound interest on 10,000 EUR at 3.2 % for 7 years and show the yearly balance.",
    stream: true,
  },
  {
    history: true,
    ask:
      "The auto-compact in my fork never truncates the session file. Can you check why rollout.rs keeps the old items after the summary is written?",
    stream: true,
  },
  { history: true, ask: "@bot 你们刚才聊的那个电影叫什么名字？我想周末去看。", stream: true },
  {
    system: "你是一个天气助手。根据对话历史和检索到的资料回答用户的问题。",
    history: true,
    ask: "那明天下午需要带伞吗？",
    stream: true,
  },
  {
    ask:
      "帮我把下面这段聊天总结一下，我要发给老板：\n小王: 周五的发布要推迟吗？\n阿杰: 测试还有三个bug没修。\n小王: 那就下周二吧。",
    stream: true,
  },
  { history: true, ask: "この会話のタイトルを考えてくれる？短めでお願い。", stream: true },
];

export function buildBlind10Negatives(): Negative[] {
  return ASKS.map((item, i) => ({
    task: "blind-10",
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history ? toMessages(CONVERSATIONS[(i + 3) % CONVERSATIONS.length]?.turns ?? []) : []),
        usr(item.ask),
      ],
      ...(item.stream ? { stream: true } : {}),
    },
  }));
}
