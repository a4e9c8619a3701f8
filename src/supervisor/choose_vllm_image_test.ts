import { equal, match } from "node:assert/strict";
import { chooseVllmImage, explainStartError, toMinimumDriver } from "./choose_vllm_image.ts";

Deno.test("toMinimumDriver() wants driver 580 for CUDA 13 images and 575 for CUDA 12.9", () => {
  equal(toMinimumDriver("13.0.2"), "580.65.06");
  equal(toMinimumDriver("13.2.0"), "580.65.06");
  equal(toMinimumDriver("12.9.1"), "575.51.03");
  equal(toMinimumDriver("11.8.0"), undefined);
});

Deno.test("chooseVllmImage() offers the -cu129 variant of vllm/vllm-openai on a driver older than 580", () => {
  equal(chooseVllmImage("vllm/vllm-openai:v0.20.2", "575.57.08"), "vllm/vllm-openai:v0.20.2-cu129");
  equal(chooseVllmImage("vllm/vllm-openai:v0.20.2-cu130", "570.1"), "vllm/vllm-openai:v0.20.2-cu129");
  equal(chooseVllmImage("vllm/vllm-openai:v0.20.2", "580.95.05"), undefined);
  equal(chooseVllmImage("vllm/vllm-openai:v0.20.2-cu129", "575.1"), undefined);
  equal(chooseVllmImage("nvcr.io/nvidia/vllm:26.05-py3", "575.1"), undefined);
});

Deno.test("explainStartError() names the driver and the image variant when the NVIDIA hook refuses a start", () => {
  const refused =
    "OCI runtime create failed: nvidia-container-cli: requirement error: unsatisfied condition: " +
    "cuda>=13.0, please update your driver to a newer version, or use an earlier cuda container: unknown";
  const explained = explainStartError(refused, { name: "primary", image: "vllm/vllm-openai:v0.20.2" });
  match(
    explained,
    /NVIDIA driver 580\.65\.06 or newer: set containers\.primary\.image to vllm\/vllm-openai:v0\.20\.2-cu129/,
  );
  equal(
    explainStartError("port is taken", { name: "primary", image: "vllm/vllm-openai:v0.20.2" }),
    "port is taken",
  );
});
