// Its own file: the byte pass holds eight sets per process, and meta_scan_test.ts's unions take them all.
import { equal } from "node:assert/strict";
import { isByteScanned, toPartUnion, toScanStart, toUnion } from "./meta_scan.ts";
import { CONSTRAINT, HISTORY_REF } from "./meta_lexicon.ts";
import { randomText } from "../../tests/fixtures/random_text.ts";

Deno.test("toPartUnion() starts each window no later than the first match of its own patterns there", () => {
  const roleLine = /^[ \t]*(?:[-*>]\s*)?\[?(user|assistant)\]?\s*:/im;
  const block = /<[\w -]{0,16}(?:history|conversation)[\w -]{0,16}>|^\s*(?:#+ )?chat history\s*:/im;
  const whole = toUnion([HISTORY_REF, CONSTRAINT, roleLine, block]);
  const part = toPartUnion(whole, [roleLine, block]);
  equal(isByteScanned(part), true);
  const words = [
    "user:",
    "Assistant:",
    "<chat history>",
    "## Chat history:",
    "the conversation",
    "x",
    "\n",
    "  ",
  ];
  for (let seed = 1; seed <= 300; seed++) {
    const windows = [1, 2, 3].map((n) => randomText(words, { seed: seed * 7 + n, count: 1 + (seed % 9) }));
    const { windows: starts } = toScanStart(part, { windows, text: windows.join("\n") });
    windows.forEach((window, index) => {
      const first = Math.min(
        ...[roleLine, block].map((pattern) => window.search(pattern)).filter((at) => at >= 0),
      );
      equal(
        (starts[index] as number) <= first,
        true,
        `${JSON.stringify(window)}: ${starts[index]} > ${first}`,
      );
    });
  }
});
