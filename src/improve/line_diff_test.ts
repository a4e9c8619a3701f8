import { equal } from "node:assert/strict";
import { toUnifiedDiff } from "./line_diff.ts";

Deno.test("toUnifiedDiff() is empty for equal texts", () => {
  equal(toUnifiedDiff("a\nb", "a\nb", { name: "x.md" }), "");
});

Deno.test("toUnifiedDiff() shows a changed line with three lines of context, numbered like diff -u", () => {
  const before = ["1", "2", "3", "4", "5", "6", "7", "8", "9"].join("\n");
  const after = before.replace("5", "five");
  equal(
    toUnifiedDiff(before, after, { name: "routing/system.md" }),
    "--- a/routing/system.md\n+++ b/routing/system.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
  );
});

Deno.test("toUnifiedDiff() keeps distant changes in separate hunks and counts added lines", () => {
  const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n");
  const after = before.replace("line 2\n", "line 2\nnew\n").replace("line 18", "changed");
  const diff = toUnifiedDiff(before, after, { name: "p.md" });
  equal(diff.match(/^@@/gm)?.length, 2);
  equal(diff.includes("@@ -1,5 +1,6 @@"), true, diff);
  equal(diff.includes("+new\n"), true);
  equal(diff.includes("-line 18\n+changed\n"), true);
});
