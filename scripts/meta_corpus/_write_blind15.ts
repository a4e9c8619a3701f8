/**
 * Writes /work/coord/blind15.jsonl: every template of blind round 15 filled with each of the round's four
 * conversations, then the round's hard negatives, in the corpus's JSONL form (see build_meta_corpus.ts).
 * Run: `npx -y deno@2.9.6 run --allow-write scripts/meta_corpus/_write_blind15.ts [out]`.
 */
import { BLIND_ROUND_15, buildBlind15Negatives } from "./_blind15.ts";
import { CONVERSATIONS_BLIND_15 } from "./_conversations_blind15.ts";

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function toMetaLines(): string[] {
  const counts = new Map<string, number>();
  return BLIND_ROUND_15.flatMap((template) =>
    CONVERSATIONS_BLIND_15.map((conversation) => {
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
        round: "blind-15",
        ...(template.note ? { note: template.note } : {}),
        request: template.build(conversation),
      });
    })
  );
}

function toNegativeLines(): string[] {
  return buildBlind15Negatives().map((negative, i) =>
    JSON.stringify({
      id: `negative-${negative.task}-${i + 1}`,
      kind: "negative",
      client: "user",
      task: negative.task,
      request: negative.body,
    })
  );
}

const out = Deno.args[0] ?? "/work/coord/blind15.jsonl";
const lines = [...toMetaLines(), ...toNegativeLines()];
await Deno.writeTextFile(out, lines.join("\n") + "\n");
// deno-lint-ignore no-console -- a script reports what it wrote
console.log(`Wrote ${lines.length} lines to ${out}`);
