/**
 * Writes blind round 14 as its own corpus file (default `/work/coord/blind14.jsonl`, or the path given as the first
 * argument): every template of the round filled with each of the round's four conversations, then the round's hard
 * negatives, in the corpus's JSONL form. Run:
 * `deno run --allow-read --allow-write scripts/meta_corpus/_write_blind14.ts [out.jsonl]`.
 */
import { BLIND_ROUND_14 } from "./_blind14.ts";
import { buildBlind14NegativeCases } from "./_blind14_negatives.ts";
import { CONVERSATIONS_BLIND14 } from "./_conversations_blind14.ts";

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function toMetaLines(): string[] {
  const counts = new Map<string, number>();
  return BLIND_ROUND_14.flatMap((template) =>
    CONVERSATIONS_BLIND14.map((conversation) => {
      const key = `${slug(template.client)}-${template.task}`;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      return JSON.stringify({
        id: `${key}-${n}`,
        kind: "meta",
        client: template.client,
        task: template.task,
        source: template.source,
        ...(template.paraphrased ? { paraphrased: true } : {}),
        blind: true,
        round: "blind-14",
        ...(template.note ? { note: template.note } : {}),
        request: template.build(conversation),
      });
    })
  );
}

function toNegativeLines(): string[] {
  return buildBlind14NegativeCases().map((negative, i) =>
    JSON.stringify({
      id: `negative-${negative.task}-${i + 1}`,
      kind: "negative",
      client: "user",
      task: negative.task,
      note: negative.note,
      request: negative.body,
    })
  );
}

const out = Deno.args[0] ?? "/work/coord/blind14.jsonl";
const lines = [...toMetaLines(), ...toNegativeLines()];
await Deno.writeTextFile(out, lines.join("\n") + "\n");
// deno-lint-ignore no-console -- a script reports what it wrote
console.log(`Wrote ${lines.length} lines to ${out}`);
