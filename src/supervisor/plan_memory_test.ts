import assert from "node:assert/strict";
import { loadContainerProfile, parseContainerProfile } from "./load_container_profile.ts";
import { planMemory, planMemoryPerBox } from "./plan_memory.ts";

const near = (actual: number, expected: number, { tolerance = 0.05 } = {}) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not ${expected} ± ${tolerance}`);

Deno.test("planMemory() gives the workstation classifier 14% and the primary its configured 65%", async () => {
  const plan = planMemory(await loadContainerProfile("workstation"));
  const [classifier, primary] = plan.containers;
  // 8.2e9 weights × 4 bit = 3.82 GiB; KV 2 × 36 layers × 8 heads × 128 × 1 byte = 72 KiB/token × 32768 × 3 = 6.75 GiB.
  near(classifier!.weightsGib, 3.82);
  near(classifier!.kvCacheGib, 6.75);
  near(classifier!.needGib, 12.57);
  assert.equal(classifier!.utilization, 0.14); // 12.57 / 95.6 = 0.1315, rounded up to the next hundredth
  // NVFP4 31.6e9 × 4.5 bit = 16.56 GiB; only 6 attention layers × 2 KV heads: 3 KiB/token × 32768 × 64 = 6 GiB.
  near(primary!.needGib, 26.56);
  assert.equal(primary!.utilization, 0.65);
  near(primary!.allocatedGib, 62.14);
  // + the embedding model's 4.8 GiB (0.05 of 95.6 GiB).
  near(plan.peakGib, 80.3); // 0.84 of 95.6 GiB
  assert.deepEqual(plan.problems, []);
});

Deno.test("planMemory() counts one member of Thor's swap group at the ~58 GiB peak", async () => {
  const plan = planMemory(await loadContainerProfile("thor"));
  const byName = Object.fromEntries(plan.containers.map((c) => [c.name, c]));
  // Qwen 32B AWQ: 16.4e9 bytes = 15.27 GiB; KV 2 × 64 × 8 × 128 = 128 KiB/token × 32768 = 4 GiB; + 2 GiB overhead.
  near(byName["coder-32b"]!.needGib, 21.27);
  assert.equal(byName["coder-32b"]!.utilization, 0.18);
  // The peak: largest of the "large" group (22.0) + 8b (11.0) + 4b (11.0: two chats and the classifier) + vision
  // (7.3) + embed (4.9: 0.6B bf16 = 1.1 GiB, KV 2 × 28 × 8 × 128 = 56 KiB/token × 32768 = 1.75 GiB, + 1 GiB)
  // + asr (1) + tts (0.5).
  near(byName["chat-4b"]!.kvCacheGib, 6.75);
  near(plan.peakGib, 57.64);
  assert.ok(plan.peakGib < plan.budgetGib);
  assert.equal(plan.budgetGib, 106);
});

Deno.test("planMemory() flags a utilization below the need and a peak over the budget", () => {
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
  const plan = planMemory(profile);
  assert.match(plan.problems.join("\n"), /big: --gpu-memory-utilization 0.5 gives 12.0 GiB, needs 21.3 GiB/);
});

Deno.test("parseContainerProfile() wants one uniform --max-model-len for local LLMs", () => {
  const spec = (port: number, length: number) => `
  m${port}:
    kind: vllm
    image: x
    port: ${port}
    cmd: [m, --max-model-len, "${length}"]
    memory: { paramsB: 1, quantBits: 4, layers: 1, kvHeads: 1, headDim: 64, contextLength: ${length}, concurrency: 1 }`;
  assert.throws(
    () =>
      parseContainerProfile(
        `device: { name: d, memoryGib: 10 }\ncontainers:${spec(1, 32768)}${spec(2, 8192)}`,
        "p",
      ),
    /one uniform --max-model-len, found 32768 \(m1\), 8192 \(m2\)/,
  );
});

Deno.test("planMemoryPerBox() plans each box against its own memory, with its own swap groups and budget", () => {
  const vllm = (port: number, { swapGroup, engine }: { swapGroup?: string; engine?: string } = {}) => `
    kind: vllm
    image: x
    port: ${port}
    cmd: [m, --port, "${port}", --max-model-len, "32768"]
    memory: { paramsB: 8.2, quantBits: 4, layers: 36, kvHeads: 8, headDim: 128, contextLength: 32768, concurrency: 1 }
${swapGroup ? `    swapGroup: ${swapGroup}\n` : ""}${engine ? `    engine: ${engine}\n` : ""}`;
  const profile = parseContainerProfile(
    `
device: { name: Thor, memoryGib: 122, reservedGib: 16 }
devices:
  workstation: { name: RTX box, memoryGib: 24, reservedGib: 2 }
containers:
  a:${vllm(8001, { swapGroup: "big" })}
  b:${vllm(8002, { swapGroup: "big" })}
  c:${vllm(8003, { swapGroup: "big", engine: "workstation" })}
  d:${vllm(8004, { swapGroup: "big", engine: "workstation" })}
  e:${vllm(8005, { engine: "workstation" })}
`,
    "boxes.yaml",
  );
  const [thor, workstation] = planMemoryPerBox(profile, {
    mainEngine: "local",
    budgetsGib: { workstation: 16 },
  });
  assert.equal(thor!.engine, "local");
  assert.equal(thor!.device, "Thor");
  assert.deepEqual(thor!.containers.map((c) => c.name), ["a", "b"]);
  assert.equal(thor!.budgetGib, 106);
  // Each vLLM needs 3.82 + 2.25 (36 × 8 × 128 × 2 × 1 byte × 32768) + 2 = 8.07 GiB: 0.07 of 122 GiB, 0.34 of 24.
  assert.equal(thor!.containers[0]!.utilization, 0.07);
  near(thor!.peakGib, 0.07 * 122); // one member of Thor's "big" group
  assert.equal(workstation!.engine, "workstation");
  assert.equal(workstation!.device, "RTX box");
  assert.equal(workstation!.budgetGib, 16);
  assert.equal(workstation!.containers[0]!.utilization, 0.34);
  // The workstation's own "big" group (c or d) plus e, against its 16 GiB: a group of the same name on
  // another box does not share the swap.
  near(workstation!.peakGib, 2 * 0.34 * 24);
  assert.match(workstation!.problems.join("\n"), /Peak 16\.3 GiB exceeds the 16\.0 GiB budget/);
  assert.deepEqual(thor!.problems, []);
});

Deno.test("parseContainerProfile() refuses a container on an engine the profile has no device for", () => {
  assert.throws(
    () =>
      parseContainerProfile(
        `device: { name: d, memoryGib: 10 }
containers:
  x: { kind: http, image: x, port: 1, engine: workstation, memory: { fixedGib: 1 } }`,
        "p",
      ),
    /containers\.x\.engine: No device "workstation" in devices \(none\)/,
  );
});
