import assert from "node:assert/strict";
import { loadContainerProfile, parseContainerProfile } from "../supervisor/load_container_profile.ts";
import { planMemory, planMemoryPerBox } from "../supervisor/plan_memory.ts";
import { formatMemoryPlan, formatMemoryPlans } from "./format_memory_plan.ts";

// Moved from src/supervisor/plan_memory_test.ts with the formatter; the plans are the same.
Deno.test("formatMemoryPlan() says Thor's ~58 GiB peak (with the embedding model) fits its budget", async () => {
  const plan = planMemory(await loadContainerProfile("thor"));
  assert.match(formatMemoryPlan(plan), /57\.6 GiB of 106\.0 GiB: fits/);
});

Deno.test("formatMemoryPlan() says when a peak does not fit", () => {
  const profile = parseContainerProfile(
    `
device: { name: small, memoryGib: 24 }
containers:
  big:
    kind: vllm
    image: x
    port: 8000
    cmd: [m, --max-model-len, "32768", --gpu-memory-utilization, "0.5"]
    memory: { paramsB: 32.8, quantBits: 4, layers: 64, kvHeads: 8, headDim: 128, contextLength: 32768, concurrency: 1 }
`,
    "small.yaml",
  );
  assert.match(formatMemoryPlan(planMemory(profile)), /DOES NOT FIT/);
});

Deno.test("formatMemoryPlans() prints one table per box, each against its own memory", () => {
  const profile = parseContainerProfile(
    `
device: { name: Thor, memoryGib: 122, reservedGib: 16 }
devices:
  workstation: { name: RTX box, memoryGib: 24 }
containers:
  chat: { kind: http, image: x, port: 1, memory: { fixedGib: 10 } }
  coder: { kind: http, image: x, port: 2, engine: workstation, memory: { fixedGib: 30 } }
`,
    "boxes.yaml",
  );
  const text = formatMemoryPlans(planMemoryPerBox(profile, { mainEngine: "local" }));
  const [thor, workstation, ...rest] = text.split("\n\n");
  assert.equal(rest.length, 0);
  assert.match(thor!, /^Memory plan for Thor \(engine "local"\): 122\.0 GiB device, budget 106\.0 GiB\n/);
  assert.match(thor!, /\nchat .*10\.0/);
  assert.doesNotMatch(thor!, /coder/);
  assert.match(thor!, /10\.0 GiB of 106\.0 GiB: fits/);
  assert.match(
    workstation!,
    /^Memory plan for RTX box \(engine "workstation"\): 24\.0 GiB device, budget 24\.0 GiB\n/,
  );
  assert.match(workstation!, /30\.0 GiB of 24\.0 GiB: DOES NOT FIT\n {2}! coder: needs 30\.0 GiB alone/);
});
