/**
 * Writes /work/coord/blind95.jsonl: every blind-95 template filled with each of the round's four conversations,
 * then the round's negatives, in the corpus's JSONL form. Not part of build_meta_corpus.ts until measured.
 */
import { BLIND95, buildBlind95Negatives } from "./_blind95.ts";
import { CONVERSATIONS_BLIND_95 } from "./_conversations_blind95.ts";

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const counts = new Map<string, number>();
const metaLines = BLIND95.flatMap((template) =>
  CONVERSATIONS_BLIND_95.map((conversation) => {
    const key = `${slug(template.client)}-${template.task}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return JSON.stringify({
      id: `${key}-blind-95-${n}`,
      kind: "meta",
      client: template.client,
      task: template.task,
      source: template.source,
      ...(template.paraphrased ? { paraphrased: true } : {}),
      blind: true,
      round: "blind-95",
      ...(template.note ? { note: template.note } : {}),
      request: template.build(conversation),
    });
  })
);
const negativeLines = buildBlind95Negatives().map((negative, i) =>
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
const out = Deno.args[0] ?? "/work/coord/blind95.jsonl";
await Deno.writeTextFile(out, [...metaLines, ...negativeLines].join("\n") + "\n");
await Deno.stdout.write(
  new TextEncoder().encode(`${metaLines.length} meta, ${negativeLines.length} negative -> ${out}\n`),
);
