import { equal } from "node:assert/strict";
import { findLastSeam } from "./meta_view.ts";
import { randomText } from "../../tests/fixtures/random_text.ts";

/** The definition: the greatest start of `</`, "\n```" or "\n---" lying wholly in `text[from, to)`, or -1. */
function lastSeamByDefinition(text: string, { from, to }: { from: number; to: number }): number {
  const starts = ["</", "\n```", "\n---"].map((seam) =>
    to - seam.length < 0 ? -1 : text.lastIndexOf(seam, to - seam.length)
  );
  const last = Math.max(...starts);
  return last >= from ? last : -1;
}

const PIECES = ["a", " word", "\n", "-", "--", "---", "`", "```", "<", "/", "</", "<b>", "\n\n", "’", "x-y"];

/** A text of `count` pieces (the same texts on every run). */
const textOf = (seed: number, count: number) => randomText(PIECES, { seed, count, shift: 8 });

Deno.test("findLastSeam() finds the last seam lying wholly in the reach, as its definition says", () => {
  for (let seed = 1; seed <= 2000; seed++) {
    const text = textOf(seed, 1 + (seed % 300));
    const from = seed % 7 === 0 ? 0 : seed % Math.max(1, Math.floor(text.length / 2));
    for (const to of [text.length, Math.max(from, text.length - (seed % 13))]) {
      equal(findLastSeam(text, { from, to }), lastSeamByDefinition(text, { from, to }), JSON.stringify(text));
    }
  }
  // Many marks after other characters before the one that follows a newline (a table ruled with dashes), fences
  // among dashes, and a `<` that opens no closing tag.
  for (
    const text of [
      `${"a---b ".repeat(6)}\n---`,
      `${"x```y ".repeat(6)}\n${"-".repeat(9)}`,
      `${"a---b ".repeat(6)}\n\`\`\`js`,
      `a < b ${"c---d ".repeat(6)}\n---`,
      `${"-".repeat(40)} text`,
    ]
  ) {
    const reach = { from: 0, to: text.length };
    equal(findLastSeam(text, reach), lastSeamByDefinition(text, reach), JSON.stringify(text));
  }
});
