import assert from "node:assert/strict";
import { combineSupervisions } from "./combine_supervisions.ts";
import { createNoSupervision, type Supervision } from "./supervision.ts";

/** A box whose backends are all in backoff, counting the stopWaiting() calls it gets. */
function createFailingBox(): Supervision & AsyncDisposable & { stops: number } {
  const box = {
    ...createNoSupervision("test"),
    stops: 0,
    isFailing: () => true,
    stopWaiting: () => void box.stops++,
    [Symbol.asyncDispose]: () => Promise.resolve(),
  };
  return box;
}

Deno.test("combineSupervisions() asks the owning box whether a backend fails and tells every box to stop waiting", () => {
  const a = createFailingBox();
  const b = createFailingBox();
  const combined = combineSupervisions([
    { name: "a", supervision: a, backends: ["coder"] },
    { name: "b", supervision: b, backends: ["writer"] },
  ]);
  assert.equal(combined.isFailing?.("coder"), true);
  assert.equal(combined.isFailing?.("external"), false);
  combined.stopWaiting?.();
  assert.deepEqual([a.stops, b.stops], [1, 1]);
});
