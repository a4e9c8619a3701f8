/**
 * Hard negatives written with blind round 9 (after the freeze at commit 22f0545): the ordinary turns of the same
 * clients (farfalle's and ai-chatbot's answer prompts around search results, summaries and memories, a supervisor's
 * worker asked to research and summarize, a coding agent asked to build a compact command) and people asking for a
 * title, a recap or to remember something in their own words, in English, Chinese and Japanese.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const FARFALLE_ANSWER =
  "Generate a comprehensive and informative answer for a given question solely based on the provided web Search Results (URL, Page Title, Summary). You must only use information from the provided search results. Use an unbiased and journalistic tone.\n\nYou must cite the answer using [number] notation. You must cite sentences with their relevant citation number. Cite every part of the answer.\n\n<context>\n[1] Sourdough starters survive weeks in the fridge; feed before use.\n[2] Whole rye flour speeds up a sluggish starter.\n</context>\n---------------------\n\nMake sure to match the language of the user's question.\n\nQuestion: how do I revive a starter that sat in the fridge?\nAnswer (in the language of the user's question): ";

const ASKS: Array<{ system?: string; history?: boolean; ask: string; stream?: boolean }> = [
  { ask: FARFALLE_ANSWER, stream: true },
  {
    ask:
      "\n根据提供的上下文summary, 请解答用户的问题question:\n\n<summary>\n用户在准备去日本旅行，预算两万元。\n</summary>\n\n用户的问题question:\n京都住三晚大概要多少钱？",
    stream: true,
  },
  {
    system:
      "根据用户当前的相关记忆memories(可能为空)，回答用户的问题。\n\n<memories>\n用户是素食者\n</memories>\n",
    ask: "今晚做什么菜比较好？给我三个选择。",
    stream: true,
  },
  {
    system:
      "You are researcher, a member of a team coordinated by a supervisor. Use your tools to search the web.",
    ask:
      "Research the three most popular bread flours in Germany and summarize the differences in a short table.",
    stream: true,
  },
  {
    history: true,
    ask:
      "Add a /compact command to the CLI that summarizes the conversation so far with the model and writes the summary to session.json, then clears the history. Keep it under 50 lines.",
    stream: true,
  },
  { ask: "帮我给这篇文章起个标题，不超过15个字：我家楼下的猫每天早上六点准时来敲门要吃的。", stream: true },
  {
    history: true,
    ask: "ここまでの話を踏まえて、明日の打ち合わせで最初に何を話すべきか三つ教えてください。",
    stream: true,
  },
  {
    history: true,
    ask:
      "Please remember that I'm vegetarian from now on. What could I cook tonight with leeks and potatoes?",
    stream: true,
  },
];

export function buildBlind9Negatives(): Negative[] {
  return ASKS.map((item, i) => ({
    task: "blind-9",
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history ? toMessages(CONVERSATIONS[(i + 5) % CONVERSATIONS.length]?.turns ?? []) : []),
        usr(item.ask),
      ],
      ...(item.stream ? { stream: true } : {}),
    },
  }));
}
