/**
 * Writes /work/coord/blind13.jsonl: every template of blind round 13 filled with each of the round's four
 * conversations, then the round's negatives, in the corpus's JSONL form (see build_meta_corpus.ts).
 * Run: `npx -y deno@2.9.6 run --allow-write=/work/coord scripts/meta_corpus/_write_blind13.ts`.
 */
import { BLIND_ROUND_13, buildBlind13Negatives } from "./_blind13.ts";
import { CONVERSATIONS_BLIND13 } from "./_conversations_blind13.ts";

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

const counts = new Map<string, number>();
const metas = BLIND_ROUND_13.flatMap((template) =>
  CONVERSATIONS_BLIND13.map((conversation) => {
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
      round: "blind-13",
      ...(template.note ? { note: template.note } : {}),
      request: template.build(conversation),
    });
  })
);
const negatives = buildBlind13Negatives().map((negative, i) =>
  JSON.stringify({
    id: `negative-${negative.task}-${i + 1}`,
    kind: "negative",
    client: "user",
    task: negative.task,
    request: negative.body,
  })
);

const out = "/work/coord/blind13.jsonl";
const lines = [...metas, ...negatives];
await Deno.writeTextFile(out, lines.join("\n") + "\n");
// deno-lint-ignore no-console -- a script reports what it wrote
console.log(`Wrote ${lines.length} lines (${metas.length} META, ${negatives.length} negatives) to ${out}`);
