/**
 * Hard negatives written with blind round 7 (after the freeze at commit 649cf51): members of a Discord channel
 * and an IDE's coding assistant asking real questions near summaries and titles, and a chat app's user asking
 * for a title for their own talk.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { TILLDEER_IDENTITY } from "./_prompts_blind7.ts";

const IDE = "You are an AI coding assistant inside the IDE. Use the tools to read and edit files.";

const ASKS: Array<{ system?: string; history?: boolean; ask: string; stream?: boolean }> = [
  { system: TILLDEER_IDENTITY, ask: "User anna asks: who won the chess tournament last weekend?" },
  {
    system: IDE,
    history: true,
    ask:
      "The conversation summary panel in src/panels/SummaryPanel.tsx flickers when a new message streams in. Can you fix the re-render?",
    stream: true,
  },
  {
    system: IDE,
    ask:
      "Write unit tests for generateTitle() in src/lib/title.ts: a title must be at most 4 words and never contain quotes.",
    stream: true,
  },
  { history: true, ask: "Ok and how would I explain that to my 10 year old? Keep it short.", stream: true },
  {
    ask:
      "Give my conference talk a title, it's about how our team cut cloud costs by 40% with spot instances.",
    stream: true,
  },
  {
    ask:
      "Riassumi in tre punti questo messaggio del mio capo: 'Domani riunione alle 9, portate i numeri del trimestre e le proposte per il nuovo cliente.'",
    stream: true,
  },
];

export function buildBlind7Negatives(): Negative[] {
  return ASKS.map((item, i) => ({
    task: "blind-7",
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history ? toMessages(CONVERSATIONS[(i + 9) % CONVERSATIONS.length]?.turns ?? []) : []),
        usr(item.ask),
      ],
      ...(item.stream ? { stream: true } : {}),
    },
  }));
}
