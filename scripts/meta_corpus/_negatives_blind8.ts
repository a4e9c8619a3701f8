/**
 * Hard negatives written with blind round 8 (after the freeze at commit 13d44eb): people asking a travel chat, a
 * bookmark app and a RAG chatbot real questions near summaries, tags and memory, in English and Korean.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const ASKS: Array<{ system?: string; history?: boolean; ask: string; stream?: boolean }> = [
  {
    history: true,
    ask: "Can you recap my trip plan so far and add a day in Kyoto after Osaka?",
    stream: true,
  },
  {
    ask: "What tags should I use for my recipe blog posts so people find the vegetarian ones?",
    stream: true,
  },
  {
    system: "You are a helpful research assistant. Answer from the sources you are given.",
    history: true,
    ask: "And what did the second paper say about sample sizes?",
    stream: true,
  },
  {
    ask:
      "Extract the key facts from this article for my thesis notes:\n\nThe city council approved a 12 % budget increase for public libraries, funding longer opening hours and two new branches by 2027.",
    stream: true,
  },
  { ask: "제 에세이 제목을 지어 주세요. 주제는 할머니와 함께한 여름 방학이에요.", stream: true },
  {
    history: true,
    ask: "Remember this for later: my flight lands at 14:20. Now, which train should I take into town?",
    stream: true,
  },
];

export function buildBlind8Negatives(): Negative[] {
  return ASKS.map((item, i) => ({
    task: "blind-8",
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history ? toMessages(CONVERSATIONS[(i + 11) % CONVERSATIONS.length]?.turns ?? []) : []),
        usr(item.ask),
      ],
      ...(item.stream ? { stream: true } : {}),
    },
  }));
}
