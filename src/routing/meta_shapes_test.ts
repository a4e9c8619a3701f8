import { equal } from "node:assert/strict";
import { hasNamedSpeakers, NAME_LINE } from "./meta_shapes.ts";
import { randomText } from "../../tests/fixtures/random_text.ts";

/** The global search over the whole window, as `hasNamedSpeakers` read it before it went line by line. */
function byGlobalSearch(text: string): boolean {
  const pattern = new RegExp(NAME_LINE.source, NAME_LINE.flags);
  let first: string | undefined;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const name = (match[1] ?? match[2]) as string;
    if (first === undefined) first = name;
    else if (name !== first && name.toLowerCase() !== first.toLowerCase()) return true;
  }
  return false;
}

const PIECES = [
  "Summary",
  "summary",
  "SUMMARY",
  "Summaryx",
  "anna#2231",
  "@mike",
  "[18:02] ",
  "[18:02]\n",
  "2023-11-14T09:12:44 ",
  "12/03/2024, 10:15 - ",
  "Maria Lopez",
  " Lopez",
  "小王",
  ":",
  ": ",
  "：",
  ":\t",
  "  ",
  "\t",
  "\n",
  "\n\n",
  "x",
  "text",
  "a",
  "[",
  "]",
  "\r\n",
];

/** A text of `count` pieces (the same texts on every run). */
const textOf = (seed: number, count: number) => randomText(PIECES, { seed, count });

Deno.test("hasNamedSpeakers() answers as the global search over the window does, line by line", () => {
  for (let seed = 1; seed <= 3000; seed++) {
    const text = textOf(seed, 1 + (seed % 60));
    equal(hasNamedSpeakers([text]), byGlobalSearch(text), JSON.stringify(text));
  }
  const pasted = "Summary: the title of chapter 3 is given below.\n".repeat(40);
  equal(hasNamedSpeakers([pasted]), false);
  equal(hasNamedSpeakers([`${pasted}summary: once more\nSummarize: it\n`]), true);
  equal(hasNamedSpeakers([`${pasted}[18:02]\nolga: hi\n`]), true);
  equal(hasNamedSpeakers([`${pasted}Summary：full-width colon\n`]), false);
  // A line opening with the first name and a bare colon is passed over up to its own line end, no further.
  equal(hasNamedSpeakers([`${pasted}Summary:\nanna: hi\n`]), true);
  // Lines without a name, many of them, and a different name after many lines of the first one.
  equal(hasNamedSpeakers(["\n".repeat(3000), `${"ab\n".repeat(1000)}x`]), false);
  equal(hasNamedSpeakers([`${"xy: z\n".repeat(1000)}ab: c\n`]), true);
});
