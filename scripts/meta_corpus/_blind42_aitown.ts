/**
 * Blind round 42, AI Town (a16z-infra/ai-town): the agent's conversation memory written when a conversation with a
 * human player ends, and, as a hard negative, the same agent's ordinary next line in a conversation.
 */
import { MODEL, sys, type Template, usr, type WireMessage } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import type { Conversation } from "./_conversations.ts";
import * as P from "./_prompts_blind42.ts";
import { aitownSource, person, withExtras } from "./_blind42_fill.ts";

/** The seeded character Lucky (data/characters.ts) talks with the human player named after each conversation. */
const AGENT = "Lucky";
const LUCKY_PLAN = "You want to hear all the gossip.";

/** previousMessages / rememberConversation: every message as its own user message, `author to recipient: text`. */
const lines = (c: Conversation): WireMessage[] =>
  c.turns.map((t) =>
    usr(
      t.role === "user" ? `${person(c)} to ${AGENT}: ${t.content}` : `${AGENT} to ${person(c)}: ${t.content}`,
    )
  );

export const BLIND42_AITOWN: Template[] = [
  {
    client: "AI Town",
    task: "memory-summary",
    source: aitownSource.memory,
    note:
      "rememberConversation when the conversation ends: instruction, one user message per line, then 'Summary:'; max_tokens 500 (custom LLM_API_URL provider: no stop words in the body)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.AITOWN_REMEMBER.replaceAll("{player}", AGENT).replaceAll("{other}", person(c))),
        ...lines(c),
        usr("Summary:"),
      ],
      max_tokens: 500,
    }),
  },
];

/** continueConversationMessage for Lucky with the English sample conversation (no related memories yet). */
export function aitownNegative(c: Conversation): Negative {
  const system = [
    `You are ${AGENT}, and you're currently in a conversation with ${person(c)}.`,
    "The conversation started at 10/12/2026, 6:30:00 PM. It's now 10/12/2026, 6:34:12 PM.",
    `About you: ${P.AITOWN_LUCKY_IDENTITY}`,
    `Your goals for the conversation: ${LUCKY_PLAN}`,
    `Below is the current chat history between you and ${person(c)}.`,
    'DO NOT greet them again. Do NOT use the word "Hey" too often. Your response should be brief and within 200 characters.',
  ].join("\n");
  const stop = `${person(c)} to ${AGENT}`;
  return {
    task: "blind-42",
    source: aitownSource.conversation,
    note: "AI Town agent's next conversation line (en): system prompt, history lines, then `Lucky to Tom:`",
    body: withExtras(
      {
        model: MODEL,
        messages: [sys(system), ...lines(c), usr(`${AGENT} to ${person(c)}:`)],
        max_tokens: 300,
      },
      { stop: [`${stop}:`, `${stop.toLowerCase()}:`] },
    ),
  };
}
