/**
 * Writes /work/coord/blind94.jsonl: every blind-94 template filled with each of the round's four conversations,
 * then the round's negatives, in the corpus's JSONL form. Not part of build_meta_corpus.ts until measured.
 */
import { BLIND94, buildBlind94Negatives } from "./_blind94.ts";
import { CONVERSATIONS_BLIND_94 } from "./_conversations_blind94.ts";

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const counts = new Map<string, number>();
const metaLines = BLIND94.flatMap((template) =>
  CONVERSATIONS_BLIND_94.map((conversation) => {
    const key = `${slug(template.client)}-${template.task}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return JSON.stringify({
      id: `${key}-blind-94-${n}`,
      kind: "meta",
      client: template.client,
      task: template.task,
      source: template.source,
      ...(template.paraphrased ? { paraphrased: true } : {}),
      blind: true,
      round: "blind-94",
      ...(template.note ? { note: template.note } : {}),
      request: template.build(conversation),
    });
  })
);
const negativeLines = buildBlind94Negatives().map((negative, i) =>
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
const out = Deno.args[0] ?? "/work/coord/blind94.jsonl";
await Deno.writeTextFile(out, [...metaLines, ...negativeLines].join("\n") + "\n");
await Deno.stdout.write(
  new TextEncoder().encode(`${metaLines.length} meta, ${negativeLines.length} negative -> ${out}\n`),
);
