import { deepEqual, equal } from "node:assert/strict";
import { containerSpecSchema } from "./container_spec.ts";
import { findImageProblems, parseImageReference } from "./find_image_problems.ts";

const spec = (image: string, cmd: string[], { kind = "wyoming" }: { kind?: "wyoming" | "vllm" } = {}) =>
  containerSpecSchema.parse({ kind, image, cmd, port: 10200, memory: { fixedGib: 1 } });

Deno.test("parseImageReference() splits repository and tag, registry ports included", () => {
  deepEqual(parseImageReference("rhasspy/wyoming-piper:2.4.0"), {
    repository: "rhasspy/wyoming-piper",
    tag: "2.4.0",
  });
  deepEqual(parseImageReference("localhost:5000/x"), { repository: "localhost:5000/x", tag: undefined });
});

Deno.test("findImageProblems() wants Wyoming images pinned", () => {
  equal(findImageProblems(spec("rhasspy/wyoming-whisper:latest", []))[0]?.[0], "image");
  equal(findImageProblems(spec("rhasspy/wyoming-whisper", []))[0]?.[0], "image");
  deepEqual(findImageProblems(spec("rhasspy/wyoming-whisper:3.5.0", [])), []);
});

Deno.test("findImageProblems() keeps wyoming-piper's web UI (2.4.0 on) on loopback", () => {
  deepEqual(findImageProblems(spec("rhasspy/wyoming-piper:2.3.1", [])), []);
  const open = findImageProblems(spec("rhasspy/wyoming-piper:2.4.0", ["--voice", "x"]));
  deepEqual(open.map(([field]) => field), ["cmd"]);
  deepEqual(findImageProblems(spec("rhasspy/wyoming-piper:2.4.0", ["--web-server-host", "127.0.0.1"])), []);
  equal(findImageProblems(spec("rhasspy/wyoming-piper:2.4.0", ["--web-server-host", "0.0.0.0"])).length, 1);
});

Deno.test("findImageProblems() wants vllm serve first in NVIDIA's Jetson vLLM images only", () => {
  const jetson = "ghcr.io/nvidia-ai-iot/vllm:0.14.0-r38.3-arm64-sbsa-cu130-24.04";
  equal(findImageProblems(spec(jetson, ["Qwen/Qwen3-8B", "--port", "8000"], { kind: "vllm" })).length, 1);
  deepEqual(findImageProblems(spec(jetson, ["vllm", "serve", "Qwen/Qwen3-8B"], { kind: "vllm" })), []);
  deepEqual(findImageProblems(spec("vllm/vllm-openai:v0.20.2", ["Qwen/Qwen3-8B"], { kind: "vllm" })), []);
});
