/**
 * Ordinary user turns in many languages, written here or read from public benchmark and demo prompt sets,
 * as request bodies: the META model's negatives for everyday use (`tests/fixtures/meta_ordinary.jsonl`).
 * Without them the model had seen housekeeping templates in a dozen languages but ordinary turns mostly in
 * English, so a plain question in Italian scored as housekeeping by its common words alone.
 */
import type { OrdinaryTurn } from "./_ordinary_types.ts";
import type { ChatBody, WireMessage } from "./_types.ts";
import { ORDINARY_WRITTEN_A } from "./_ordinary_written_a.ts";
import { ORDINARY_WRITTEN_B } from "./_ordinary_written_b.ts";
import { ORDINARY_SOURCED } from "./_ordinary_sourced.ts";

/** Chat front-ends stream; API scripts and some apps do not: two turns in three stream, by position. */
function toBody(turn: OrdinaryTurn, index: number): ChatBody {
  const messages: WireMessage[] = [
    ...(turn.system ? [{ role: "system" as const, content: turn.system }] : []),
    ...(turn.history ?? []),
    { role: "user", content: turn.text },
  ];
  return { model: "ai-router", messages, ...(index % 3 === 0 ? {} : { stream: true }) };
}

/** One JSONL line per turn, in the corpus' form (kind `negative`, task `ordinary-<language>`). */
export function toOrdinaryLines(): string[] {
  const turns = [...ORDINARY_WRITTEN_A, ...ORDINARY_WRITTEN_B, ...ORDINARY_SOURCED];
  return turns.map((turn, index) =>
    JSON.stringify({
      id: `ordinary-${turn.lang}-${index + 1}`,
      kind: "negative",
      client: "user",
      task: `ordinary-${turn.lang}`,
      ...(turn.source ? { source: turn.source } : {}),
      request: toBody(turn, index),
    })
  );
}
