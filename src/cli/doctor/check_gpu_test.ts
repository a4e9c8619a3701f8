import { equal } from "node:assert/strict";
import { readCudaVersion } from "./check_gpu.ts";

Deno.test("readCudaVersion() reads CUDA_VERSION from an image's env", () => {
  equal(readCudaVersion(["PATH=/usr/bin", "CUDA_VERSION=13.0.2"]), "13.0.2");
  equal(readCudaVersion(["PATH=/usr/bin"]), undefined);
});
