import { equal } from "node:assert/strict";
import { chooseVllmImage, readCudaVersion, toMinimumDriver } from "./check_gpu.ts";

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

Deno.test("readCudaVersion() reads CUDA_VERSION from an image's env", () => {
  equal(readCudaVersion(["PATH=/usr/bin", "CUDA_VERSION=13.0.2"]), "13.0.2");
  equal(readCudaVersion(["PATH=/usr/bin"]), undefined);
});
