import assert from "node:assert/strict";
import { loadContainerProfile, parseContainerProfile } from "../supervisor/load_container_profile.ts";
import { planMemory } from "../supervisor/plan_memory.ts";
import { formatMemoryPlan } from "./format_memory_plan.ts";

// Moved from src/supervisor/plan_memory_test.ts with the formatter (issue 10); the plans are the same.
Deno.test("formatMemoryPlan() says Thor's ~53 GiB peak fits its budget", async () => {
  const plan = planMemory(await loadContainerProfile("thor"));
  assert.match(formatMemoryPlan(plan), /52\.7 GiB of 106\.0 GiB: fits/);
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
