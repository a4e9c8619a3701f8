import assert from "node:assert/strict";
import { configSchema } from "../config/config_schema.ts";
import { parseContainerProfile } from "./load_container_profile.ts";
import { readServedModelNames } from "./read_served_model_names.ts";
import { linkBackendContainers } from "./start_supervision.ts";

const PROFILE = parseContainerProfile(
  `
device: { name: d, memoryGib: 100 }
containers:
  coder:
    kind: vllm
    image: vllm/vllm-openai:v0.20.2
    port: 8010
    cmd: [Qwen/Coder-AWQ, --served-model-name, coder-32b, --port, "8010", --max-model-len, "32768"]
    memory: { paramsB: 1, quantBits: 4, layers: 1, kvHeads: 1, headDim: 64, contextLength: 32768, concurrency: 1 }
  vision:
    kind: vllm
    image: vllm/vllm-openai:v0.20.2
    port: 8015
    cmd: [Qwen/VL-AWQ, --port, "8015", --max-model-len, "32768", --limit-mm-per-prompt, '{"image": 4, "video": 0}']
    memory: { paramsB: 1, quantBits: 4, layers: 1, kvHeads: 1, headDim: 64, contextLength: 32768, concurrency: 1 }
  asr:
    kind: wyoming
    image: rhasspy/wyoming-whisper:3.5.0
    port: 10300
    memory: { fixedGib: 1 }
`,
  "thor-test.yaml",
);

/** A config whose backends fit PROFILE; `override` replaces fields of the `coder` backend. */
function buildConfig(override: Record<string, unknown> = {}, maxImages = 4) {
  return configSchema.parse({
    backends: {
      coder: { urls: ["http://127.0.0.1:8010/v1"], model: "coder-32b", container: "coder", ...override },
      vision: {
        urls: ["http://127.0.0.1:8015/v1"],
        model: "Qwen/VL-AWQ", // no --served-model-name: vLLM serves the model path
        inputModalities: ["text", "image"],
        container: "vision",
      },
      whisper: { kind: "wyoming", urls: ["tcp://127.0.0.1:10300"], model: "small-int8", container: "asr" },
    },
    routing: { defaultBackend: "coder" },
    vision: { backend: "vision", maxImages },
    supervisor: { enabled: true, profile: "thor-test" },
  });
}

Deno.test("linkBackendContainers() accepts backends that fit their containers", () => {
  assert.deepEqual(linkBackendContainers(buildConfig(), PROFILE), {
    coder: "coder",
    vision: "vision",
    whisper: "asr",
  });
});

Deno.test("linkBackendContainers() refuses a URL port other than the container's", () => {
  assert.throws(
    () => linkBackendContainers(buildConfig({ urls: ["http://127.0.0.1:8005/v1"] }), PROFILE),
    /in profile "thor-test":\n {2}- backends\.coder\.urls\[0\] "http:\/\/127\.0\.0\.1:8005\/v1" uses port 8005, containers\.coder\.port is 8010$/,
  );
});

Deno.test("linkBackendContainers() refuses a model id the container's vLLM does not serve", () => {
  assert.throws(
    () => linkBackendContainers(buildConfig({ model: "qwen2.5-coder-32b-instruct" }), PROFILE),
    /backends\.coder\.model "qwen2\.5-coder-32b-instruct" is not served by containers\.coder \(--served-model-name coder-32b\): vLLM answers 404/,
  );
});

Deno.test("linkBackendContainers() refuses a contextLength over --max-model-len", () => {
  assert.throws(
    () => linkBackendContainers(buildConfig({ contextLength: 131072 }), PROFILE),
    /backends\.coder\.contextLength 131072 is over containers\.coder --max-model-len 32768/,
  );
  // A smaller context only makes the router cut earlier than the server would.
  assert.deepEqual(Object.keys(linkBackendContainers(buildConfig({ contextLength: 8192 }), PROFILE)), [
    "coder",
    "vision",
    "whisper",
  ]);
});

Deno.test("linkBackendContainers() refuses vision.maxImages over --limit-mm-per-prompt", () => {
  assert.throws(
    () => linkBackendContainers(buildConfig({}, 500), PROFILE),
    /vision\.maxImages 500 is over containers\.vision --limit-mm-per-prompt image 4/,
  );
});

Deno.test("linkBackendContainers() lists every mismatch at once", () => {
  const config = buildConfig({ urls: ["http://127.0.0.1:8005/v1"], model: "x", contextLength: 65536 });
  assert.throws(() => linkBackendContainers(config, PROFILE), (error: Error) => {
    assert.equal(error.name, "ConfigError");
    assert.equal(error.message.split("\n").length, 4);
    return true;
  });
});

Deno.test("readServedModelNames() reads every served name, else the model path vLLM serves under", () => {
  assert.deepEqual(readServedModelNames(["m/M", "--served-model-name", "a", "b", "--port", "1"]), ["a", "b"]);
  assert.deepEqual(readServedModelNames(["m/M", "--served-model-name=a"]), ["a"]);
  assert.deepEqual(readServedModelNames(["m/M", "--port", "1"]), ["m/M"]);
  assert.deepEqual(readServedModelNames(["vllm", "serve", "m/M", "--port", "1"]), ["m/M"]);
  assert.deepEqual(readServedModelNames(["--model", "m/M"]), ["m/M"]);
  assert.deepEqual(readServedModelNames(["--port", "1"]), []);
});

Deno.test("parseContainerProfile() wants a vLLM's port to be the --port it listens on (8000 by default)", () => {
  const spec = (port: number, flag: string) => `
device: { name: d, memoryGib: 10 }
containers:
  m:
    kind: vllm
    image: x
    port: ${port}
    cmd: [m, --max-model-len, "4096"${flag}]
    memory: { fixedGib: 1 }`;
  assert.throws(
    () => parseContainerProfile(spec(8010, `, --port, "8011"`), "p"),
    /containers\.m\.port: Differs from the --port 8011 vLLM listens on/,
  );
  assert.throws(() => parseContainerProfile(spec(8010, ""), "p"), /Differs from the --port 8000/);
  assert.equal(parseContainerProfile(spec(8000, ""), "p").containers.m!.port, 8000);
});
