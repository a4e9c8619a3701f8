/**
 * Every text the corpus fills its templates with (conversations, follow-ups, pasted texts and logs), longest
 * first and also as JSON-escaped, so the META model's trainer can cut them out of the requests
 * (`scripts/train_meta_model.ts`).
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { BOT_LOGS, CHAT_LOGS, PASTED_TEXTS } from "./_texts.ts";
import { OWN_CONVERSATION_ROUNDS } from "./own_conversation_rounds.ts";

export function sampleTexts(): string[] {
  const texts = [
    ...[...CONVERSATIONS, ...OWN_CONVERSATION_ROUNDS.flatMap((round) => round.conversations)].flatMap((
      conversation,
    ) => [
      ...conversation.turns.map((turn) => turn.content),
      conversation.followUp,
    ]),
    ...PASTED_TEXTS,
    ...CHAT_LOGS,
    ...BOT_LOGS,
  ];
  const escaped = texts.map((text) => JSON.stringify(text).slice(1, -1));
  return [...new Set([...texts, ...escaped])].filter((text) => text.length >= 8).sort((a, b) =>
    b.length - a.length
  );
}
