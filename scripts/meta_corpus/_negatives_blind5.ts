/**
 * Hard negatives written with blind round 5 (after the freeze at commit ffb4aa5): the Mattermost assistant's
 * ordinary turns (a thread question, a channel summary asked for by a person, a DM), a desktop chat turn, a
 * Chinese academic assistant's real question, and users asking for follow-up questions or intents for themselves.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { MATTERMOST_PERSONALITY } from "./_prompts_blind5.ts";

const ASKS: Array<{ system?: string; history?: boolean; ask: string; stream?: boolean }> = [
  {
    system: MATTERMOST_PERSONALITY,
    ask: "@ai what time is the family dinner on Sunday? Mike said something about 6?",
    stream: true,
  },
  {
    system: MATTERMOST_PERSONALITY,
    history: true,
    ask:
      "Can you write a short summary of the camping plan for grandma? She doesn't read the channel. Keep it friendly.",
    stream: true,
  },
  {
    system: MATTERMOST_PERSONALITY,
    ask: "Which emoji do people use for 'congrats' in Slack vs Mattermost?",
    stream: true,
  },
  { ask: "帮我想三个可以在论文答辩时被问到的问题，题目是《基于图神经网络的交通流预测》。", stream: true },
  {
    history: true,
    ask: "What follow-up questions should I ask my landlord about the deposit? Give me three.",
    stream: true,
  },
  { ask: "이 문장의 의도를 분석해서 더 자연스럽게 바꿔 줘: '내일 회의 그거 좀 미뤄도 됨?'", stream: true },
  {
    ask: "Suggest three topics for my daughter's science fair project, she is 11 and likes plants.",
    stream: true,
  },
  {
    system: "You are a helpful assistant.",
    history: true,
    ask: "Thanks! Now, what should I ask at the hardware store so they give me the right parts?",
    stream: true,
  },
];

export function buildBlind5Negatives(): Negative[] {
  return ASKS.map((item, i) => ({
    task: "blind-5",
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
