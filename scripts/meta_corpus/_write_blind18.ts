/**
 * Writes /work/coord/blind18.jsonl: every template of blind round 18 filled with each of the round's four
 * conversations, then the round's negatives, in the corpus's JSONL form (see build_meta_corpus.ts).
 * Run: `npx -y deno@2.9.6 run --allow-write=/work/coord scripts/meta_corpus/_write_blind18.ts`.
 */
import { BLIND18_NEGATIVE_CLIENTS, BLIND_ROUND_18, buildBlind18Negatives } from "./_blind18.ts";
import { CONVERSATIONS_BLIND_18 } from "./_conversations_blind18.ts";

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

const counts = new Map<string, number>();
const metas = BLIND_ROUND_18.flatMap((template) =>
  CONVERSATIONS_BLIND_18.map((conversation) => {
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
      round: "blind-18",
      ...(template.note ? { note: template.note } : {}),
      request: template.build(conversation),
    });
  })
);
const negatives = buildBlind18Negatives().map((negative, i) =>
  JSON.stringify({
    id: `negative-${negative.task}-${i + 1}`,
    kind: "negative",
    client: "user",
    task: negative.task,
    note: `a user turn as sent in ${BLIND18_NEGATIVE_CLIENTS[i]}`,
    request: negative.body,
  })
);

const out = "/work/coord/blind18.jsonl";
const lines = [...metas, ...negatives];
await Deno.writeTextFile(out, lines.join("\n") + "\n");
// deno-lint-ignore no-console -- a script reports what it wrote
console.log(`Wrote ${lines.length} lines (${metas.length} META, ${negatives.length} negatives) to ${out}`);
