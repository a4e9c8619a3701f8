/**
 * Training round 12 hard negatives: real user turns as studied clients send them, none of them housekeeping, for
 * training a learned META detector. Coding agents' and agent frameworks' main turns, chat front-ends' persona, RAG
 * and web-search turns, users' titles, summaries, tags, translations and rewrites of their own text, and everyday
 * questions, in ten languages. Each line names the client template it was built on and says its kind and language.
 */
import { MODEL } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import type { Item12 } from "./_negatives_training12_item.ts";
import { AGENT_ITEMS_12 } from "./_negatives_training12_agents.ts";
import { FRAMEWORK_ITEMS_12 } from "./_negatives_training12_frameworks.ts";
import { APP_ITEMS_12 } from "./_negatives_training12_apps.ts";
import { OWN_ITEMS_12 } from "./_negatives_training12_own.ts";
import { EVERYDAY_ITEMS_12 } from "./_negatives_training12_everyday.ts";
import { MORE_ITEMS_12 } from "./_negatives_training12_more.ts";

/** Every item of the round, in the order of the corpus. */
export const TRAINING_12_ITEMS: Item12[] = [
  ...AGENT_ITEMS_12,
  ...FRAMEWORK_ITEMS_12,
  ...APP_ITEMS_12,
  ...OWN_ITEMS_12,
  ...EVERYDAY_ITEMS_12,
  ...MORE_ITEMS_12,
];

export function buildTraining12Negatives(): Negative[] {
  return TRAINING_12_ITEMS.map((item) => ({
    task: "training-12",
    ...(item.source ? { source: item.source } : {}),
    note: `${item.kind}, ${item.lang}${item.note ? `; ${item.note}` : ""}`,
    body: { model: MODEL, messages: item.messages, ...(item.stream === false ? {} : { stream: true }) },
  }));
}
