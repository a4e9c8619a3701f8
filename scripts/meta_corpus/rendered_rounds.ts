/**
 * Blind rounds 96-111, kept as the requests their collectors rendered (`rounds/roundN.jsonl`, one request per line
 * as the client sends it, with the repository, path and commit its prompt was read from; `roundN.md` lists what
 * was read). Each was measured once on the frozen rules before it joined the corpus (docs/routing.md, "Blind
 * rounds 96-111"). Their META lines keep their client; their negatives become the corpus' `user` turns of round
 * `blind-N`, the app's name kept in the note, as the other rounds' negatives are.
 */

/** A line of a rendered round as collected. */
interface RenderedLine {
  id: string;
  kind: "meta" | "negative";
  client: string;
  task: string;
  source?: unknown;
  request: Record<string, unknown>;
}

/**
 * The rounds in the corpus. Rounds 112-169 (`rounds/round112.jsonl` …) are kept out of it: 112-115 were measured on
 * the sixth session's final weights, 116-131 on the seventh session's freezes, 132-157 on the eighth's, 158-169 on
 * the ninth's, and all were then read as development data. Merged, they raised the thresholds again, and trained
 * on, they found fewer of the rounds read after them (docs/routing.md, "Blind rounds 116-131"; docs/decisions.md,
 * eighth and ninth sessions).
 */
const ROUNDS = [96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111];

/** The corpus lines of the rendered rounds, META first, then their negatives (as `build_meta_corpus.ts` orders). */
export function toRenderedRoundLines(): { meta: string[]; negatives: string[] } {
  const meta: string[] = [];
  const negatives: string[] = [];
  for (const number of ROUNDS) {
    const url = new URL(`./rounds/round${number}.jsonl`, import.meta.url);
    const round = `blind-${number}`;
    const lines = Deno.readTextFileSync(url).split("\n").filter((line) => line.trim() !== "");
    for (const line of lines.map((text) => JSON.parse(text) as RenderedLine)) {
      const source = line.source ? { source: line.source } : {};
      if (line.kind === "meta") {
        meta.push(JSON.stringify({
          id: line.id.replace(`round${number}`, round),
          kind: "meta",
          client: line.client,
          task: line.task,
          ...source,
          blind: true,
          round,
          request: line.request,
        }));
      } else {
        negatives.push(JSON.stringify({
          id: line.id.replace(`round${number}`, round),
          kind: "negative",
          client: "user",
          task: round,
          ...source,
          note: `${line.client}'s own turn`,
          request: line.request,
        }));
      }
    }
  }
  return { meta, negatives };
}
