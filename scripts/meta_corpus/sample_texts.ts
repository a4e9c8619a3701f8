/**
 * Every text the corpus fills its templates with (conversations, follow-ups, pasted texts and logs), longest
 * first and also as JSON-escaped, so the META model's trainer can cut them out of the requests
 * (`scripts/train_meta_model.ts`).
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { BLIND12_CONVERSATIONS } from "./_conversations_blind12.ts";
import { CONVERSATIONS_BLIND13 } from "./_conversations_blind13.ts";
import { CONVERSATIONS_BLIND14 } from "./_conversations_blind14.ts";
import { CONVERSATIONS_BLIND_15 } from "./_conversations_blind15.ts";
import { CONVERSATIONS_BLIND16 } from "./_conversations_blind16.ts";
import { CONVERSATIONS_BLIND17 } from "./_conversations_blind17.ts";
import { BOT_LOGS, CHAT_LOGS, PASTED_TEXTS } from "./_texts.ts";

export function sampleTexts(): string[] {
  const texts = [
    ...[
      ...CONVERSATIONS,
      ...BLIND12_CONVERSATIONS,
      ...CONVERSATIONS_BLIND13,
      ...CONVERSATIONS_BLIND14,
      ...CONVERSATIONS_BLIND_15,
      ...CONVERSATIONS_BLIND16,
      ...CONVERSATIONS_BLIND17,
    ].flatMap((conversation) => [
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
