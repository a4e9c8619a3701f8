import { equal, match } from "node:assert/strict";
import type { DoctorCheck } from "../src/cli/doctor/doctor_check.ts";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { canRunDocker, startDockerEngine, TEST_IMAGE } from "./docker_engine.ts";
import { runCli } from "./run_cli.ts";

const vllm = (port: number, cmd: string[], { gpu = false } = {}) =>
  JSON.stringify({
    kind: "vllm",
    gpu,
    image: TEST_IMAGE,
    cmd: [...cmd, "--port", `${port}`, "--max-model-len", "1024"],
    port,
    memory: { fixedGib: 1 },
  });

Deno.test({
  name: "ai-router doctor reads the engine, the images and their entrypoints from a real dockerd",
  ignore: !canRunDocker(),
  sanitizeOps: false,
  fn: async () => {
    await using engine = await startDockerEngine();
    await engine.buildTestImage();
    await using sim = await startOpenAiSimulator({ models: ["m"] });
    const dir = await Deno.makeTempDir();
    try {
      // The test image has no entrypoint, like NVIDIA's Jetson vLLM images: the command must name vllm serve.
      const profile = [
        "device: { name: test, memoryGib: 8 }",
        "containers:",
        `  bare: ${vllm(9001, ["some/model"])}`,
        `  named: ${vllm(9002, ["vllm", "serve", "some/model"], { gpu: true })}`,
        `  missing: { kind: http, image: "localhost/not-pulled:1", port: 9003, memory: { fixedGib: 1 } }`,
      ].join("\n");
      await Deno.writeTextFile(`${dir}/profile.yaml`, profile);
      const config = `backends:\n  primary: { urls: ["${sim.baseUrl}"], model: m }\n` +
        `supervisor: { enabled: true, profile: ${dir}/profile.yaml, dockerHost: "${engine.dockerHost}" }\n`;
      await Deno.writeTextFile(`${dir}/ai-router.yaml`, config);
      const result = await runCli(["doctor", "--json", "--config", `${dir}/ai-router.yaml`]);
      const checks = (JSON.parse(result.stdout) as { checks: DoctorCheck[] }).checks;
      const check = (target: string, name: string) =>
        checks.find((c) => c.family === "containers" && c.target === target && c.name === name)!;
      equal(result.code, 1);
      equal(check("engine", "reachable").status, "ok");
      match(check("engine", "reachable").detail, /API 1\.\d+ negotiated/);
      equal(check("engine", "nvidia runtime").status, "skip");
      equal(check("bare", "image").status, "fail");
      match(check("bare", "image").advice ?? "", /start containers\.bare\.cmd with vllm, serve/);
      equal(check("named", "image").status, "ok");
      equal(check("missing", "image").status, "fail");
      match(check("missing", "image").detail, /not present and the registry does not offer it/);
      match(
        check("missing", "image").advice ?? "",
        /check containers\.missing\.image .* docker pull localhost\/not-pulled:1/,
      );
      equal(check("engine", "gpu visible").status, "skip", "no throwaway container without --containers");
      const listed = await engine.request("GET", "/containers/json?all=1");
      equal((await listed.json()).length, 0, "doctor started no container");

      // --containers: a throwaway GPU container; this engine has no GPU, so its start fails and it is removed.
      const withGpu = await runCli(["doctor", "--json", "--containers", "--config", `${dir}/ai-router.yaml`]);
      const gpu = (JSON.parse(withGpu.stdout) as { checks: DoctorCheck[] }).checks
        .find((c) => c.family === "containers" && c.name === "gpu visible")!;
      equal(gpu.status, "fail");
      match(gpu.advice ?? "", /install the NVIDIA driver and container toolkit/);
      const after = await engine.request("GET", "/containers/json?all=1");
      equal((await after.json()).length, 0, "the throwaway container is gone");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
