/**
 * Writes blind round 12 as JSONL for a measurement before its cases join the corpus: every template filled with
 * each of the round's four conversations, then the round's negatives. Run:
 * `deno run --allow-write scripts/meta_corpus/_write_blind12.ts [out.jsonl]` (default /work/coord/blind12.jsonl).
 */
import { BLIND12_CONVERSATIONS } from "./_conversations_blind12.ts";
import { BLIND_ROUND_12, buildBlind12Negatives } from "./_blind12.ts";

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function metaLines(): string[] {
  const counts = new Map<string, number>();
  return BLIND_ROUND_12.flatMap((template) =>
    BLIND12_CONVERSATIONS.map((conversation) => {
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
        round: "blind-12",
        ...(template.note ? { note: template.note } : {}),
        request: template.build(conversation),
      });
    })
  );
}

function negativeLines(): string[] {
  return buildBlind12Negatives().map((negative, i) =>
    JSON.stringify({
      id: `negative-${negative.task}-${i + 1}`,
      kind: "negative",
      client: "user",
      task: negative.task,
      request: negative.body,
    })
  );
}

const out = Deno.args[0] ?? "/work/coord/blind12.jsonl";
const lines = [...metaLines(), ...negativeLines()];
await Deno.writeTextFile(out, lines.join("\n") + "\n");
// deno-lint-ignore no-console -- a script reports what it wrote
console.log(`Wrote ${lines.length} lines to ${out}`);
