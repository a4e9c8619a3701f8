/**
 * Writes /work/coord/blind24.jsonl: blind round 24 in the corpus's JSONL form (every template filled with each of the
 * round's four conversations, then the round's hard negatives), for measuring the current rules before the round is
 * merged into the corpus.
 */
import { BLIND_ROUND_24, buildBlind24Negatives } from "./_blind24.ts";
import { CONVERSATIONS_BLIND_24 } from "./_conversations_blind24.ts";

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const counts = new Map<string, number>();
const metaLines = BLIND_ROUND_24.flatMap((template) =>
  CONVERSATIONS_BLIND_24.map((conversation) => {
    const key = `${slug(template.client)}-${template.task}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return JSON.stringify({
      id: `${key}-blind-24-${n}`,
      kind: "meta",
      client: template.client,
      task: template.task,
      source: template.source,
      ...(template.paraphrased ? { paraphrased: true } : {}),
      blind: true,
      round: "blind-24",
      ...(template.note ? { note: template.note } : {}),
      request: template.build(conversation),
    });
  })
);
const negativeLines = buildBlind24Negatives().map((negative, i) =>
  JSON.stringify({
    id: `negative-${negative.task}-${i + 1}`,
    kind: "negative",
    client: "user",
    task: negative.task,
    ...(negative.source ? { source: negative.source } : {}),
    ...(negative.note ? { note: negative.note } : {}),
    request: negative.body,
  })
);
const out = Deno.args[0] ?? "/work/coord/blind24.jsonl";
const lines = [...metaLines, ...negativeLines];
await Deno.writeTextFile(out, lines.join("\n") + "\n");
// deno-lint-ignore no-console -- a script reports what it wrote
console.log(`Wrote ${metaLines.length} meta and ${negativeLines.length} negative lines to ${out}`);
