import assert from "node:assert/strict";
import { containerProfileSchema } from "./container_spec.ts";
import { computeBackoffMs, createTrackedContainers, findBudgetProblem } from "./tracked_container.ts";

Deno.test("computeBackoffMs() doubles from the initial delay and stops at the cap", () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) => computeBackoffMs(n, { initialMs: 1_000, maxMs: 60_000 })),
    [
      1_000,
      2_000,
      4_000,
      8_000,
      16_000,
      32_000,
      60_000,
      60_000,
    ],
  );
});

Deno.test("findBudgetProblem() refuses a start that would overcommit and names who holds the memory", async () => {
  const profile = containerProfileSchema.parse({
    device: { name: "d", memoryGib: 10, gpuAccess: "none" },
    containers: {
      a: { kind: "http", image: "x", port: 1, memory: { fixedGib: 6 } },
      b: { kind: "http", image: "x", port: 2, memory: { fixedGib: 3 } },
      c: { kind: "http", image: "x", port: 3, memory: { fixedGib: 2 } },
    },
  });
  const [a, b, c] = await createTrackedContainers(profile, { namePrefix: "t-", gpuAccess: "none", now: 0 });
  assert.equal(findBudgetProblem(a!, { all: [a!, b!, c!], budgetGib: 10 }), undefined); // nothing runs yet
  a!.status = "ready";
  b!.status = "starting";
  assert.equal(
    findBudgetProblem(c!, { all: [a!, b!, c!], budgetGib: 10 }),
    "needs 2.0 GiB but 9.0 GiB of the 10.0 GiB memory budget are in use (by a, b)",
  );
  b!.status = "backoff"; // a crashed container holds nothing
  assert.equal(findBudgetProblem(c!, { all: [a!, b!, c!], budgetGib: 10 }), undefined);
});
