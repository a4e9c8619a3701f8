import assert from "node:assert/strict";
import { toEngineErrorKind } from "./container_runtime.ts";
import { demuxDockerLog } from "./demux_docker_log.ts";
import { negotiateApiVersion } from "./docker_api_version.ts";
import { chooseGpuAccess, findGpuProblem, toCreateBody } from "./to_create_body.ts";
import { containerSpecSchema } from "./container_spec.ts";

Deno.test("toEngineErrorKind() maps Docker's and Podman's shapes of the same failure alike", () => {
  assert.equal(toEngineErrorKind(409, 'Conflict. The container name "/x" is already in use'), "conflict");
  assert.equal(toEngineErrorKind(500, "that name is already in use"), "conflict");
  assert.equal(toEngineErrorKind(409, "Cannot kill container: x: Container x is not running"), "not-running");
  assert.equal(toEngineErrorKind(500, "container state improper"), "not-running");
  assert.equal(toEngineErrorKind(404, "No such container: x"), "not-found");
  assert.equal(
    toEngineErrorKind(
      500,
      'Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host',
    ),
    "offline",
  );
  assert.equal(
    toEngineErrorKind(400, "client version 1.43 is too new. Maximum supported API version is 1.41"),
    "too-old",
  );
});

Deno.test("negotiateApiVersion() takes the lower of ours and the engine's, within both minimums", () => {
  assert.equal(negotiateApiVersion("1.41", "1.12"), "1.41"); // Debian's dockerd 20.10, podman 4
  assert.equal(negotiateApiVersion("1.52", "1.44"), "1.52"); // Docker 29
  assert.equal(negotiateApiVersion("1.57", "1.44"), "1.52");
  assert.throws(() => negotiateApiVersion("1.40", "1.12"), /speaks API 1\.12–1\.40, the router 1\.41–1\.52/);
});

Deno.test("demuxDockerLog() joins 8-byte framed stdout and stderr, and passes TTY bytes through", () => {
  const frame = (stream: number, text: string) => {
    const payload = new TextEncoder().encode(text);
    const header = new Uint8Array(8);
    header[0] = stream;
    new DataView(header.buffer).setUint32(4, payload.length);
    return [...header, ...payload];
  };
  assert.equal(demuxDockerLog(new Uint8Array([...frame(1, "out\n"), ...frame(2, "err\n")])), "out\nerr\n");
  assert.equal(demuxDockerLog(new TextEncoder().encode("plain tty output\n")), "plain tty output\n");
});

Deno.test("chooseGpuAccess() picks Runtime nvidia on a Tegra kernel and DeviceRequests elsewhere", () => {
  const info = (kernelVersion: string) => ({
    kernelVersion,
    architecture: "",
    runtimes: ["runc", "nvidia"],
    serverVersion: "",
  });
  assert.equal(chooseGpuAccess("auto", info("6.8.12-tegra")), "runtime");
  assert.equal(chooseGpuAccess("auto", info("6.8.0-45-generic")), "device-requests");
  assert.equal(chooseGpuAccess("none", info("6.8.12-tegra")), "none");
});

Deno.test("findGpuProblem() says how to register the nvidia runtime when a Jetson engine lacks it", () => {
  const info = (runtimes: string[]) => ({
    kernelVersion: "6.8.12-tegra",
    architecture: "",
    runtimes,
    serverVersion: "",
  });
  assert.match(
    findGpuProblem("runtime", info(["runc"])) ?? "",
    /no "nvidia" runtime \(it has runc\).*nvidia-ctk/,
  );
  assert.equal(findGpuProblem("runtime", info(["runc", "nvidia"])), undefined);
  assert.equal(findGpuProblem("device-requests", info(["runc"])), undefined);
});

Deno.test("toCreateBody() always sets Init, host networking and the labels, and appends the derived utilization", () => {
  const spec = containerSpecSchema.parse({
    kind: "vllm",
    image: "vllm/vllm-openai:v0.20.2",
    cmd: ["m", "--served-model-name", "qwen3-8b", "--max-model-len", "32768"],
    port: 8000,
    gpu: true,
    memory: { fixedGib: 1 },
  });
  const jetson = toCreateBody("chat", spec, { gpuAccess: "runtime", utilization: 0.09 });
  assert.equal(jetson.HostConfig.Init, true);
  assert.equal(jetson.HostConfig.NetworkMode, "host");
  assert.equal(jetson.HostConfig.Runtime, "nvidia");
  assert.equal(jetson.HostConfig.DeviceRequests, undefined);
  assert.ok(jetson.Env.includes("NVIDIA_VISIBLE_DEVICES=all"));
  assert.deepEqual(jetson.Cmd.slice(-2), ["--gpu-memory-utilization", "0.09"]);
  assert.deepEqual(jetson.Labels, {
    "ai.router.managed": "1",
    "ai.router.name": "chat",
    "ai.router.role": "vllm",
    "ai.router.model": "qwen3-8b",
  });
  const x86 = toCreateBody("chat", spec, { gpuAccess: "device-requests" });
  assert.deepEqual(x86.HostConfig.DeviceRequests, [{ Driver: "", Count: -1, Capabilities: [["gpu"]] }]);
  assert.equal(x86.HostConfig.Runtime, undefined);
});
