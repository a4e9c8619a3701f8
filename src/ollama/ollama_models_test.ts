import { deepEqual } from "node:assert/strict";
import { backendSchema } from "../config/backend_schema.ts";
import { toModelDetails } from "./ollama_models.ts";

const backend = (model: string, location: "local" | "cloud" = "local") =>
  backendSchema.parse({ urls: ["http://127.0.0.1:1/v1"], model, location, contextLength: 65536 });

Deno.test("toModelDetails() reads family, parameter size and quantisation from the served model id", () => {
  deepEqual(toModelDetails(backend("Qwen/Qwen3-Coder-30B-A3B-Instruct-FP8")), {
    "parent_model": "",
    format: "safetensors",
    family: "qwen3",
    families: ["qwen3"],
    "parameter_size": "30B",
    "quantization_level": "FP8",
    "context_length": 65536,
  });
  deepEqual(toModelDetails(backend("grok-4.3", "cloud")).format, "cloud");
  deepEqual(toModelDetails(backend("qwen3-embedding-0.6b")).parameter_size, "0.6B");
});
