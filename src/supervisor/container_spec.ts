import { z } from "zod";
import { findImageProblems } from "./find_image_problems.ts";

const NAME = /^[a-z][a-z0-9_-]*$/;

/** What the planner needs to size one model server (docs/decisions.md, "Memory planning"). */
export const memoryFactsSchema = z.union([
  z.strictObject({
    /** Parameters in billions, all experts of an MoE included (they all sit in memory). */
    paramsB: z.number().positive(),
    /** Effective bits per weight, scales included (AWQ INT4 ≈ 4, NVFP4 ≈ 4.5, BF16 = 16). */
    quantBits: z.number().positive(),
    /** Layers that keep a KV cache (attention layers only in hybrid Mamba models). */
    layers: z.number().int().positive(),
    kvHeads: z.number().int().positive(),
    headDim: z.number().int().positive(),
    kvDtype: z.enum(["fp8", "fp16", "bf16"]).default("fp8"),
    /** Tokens per sequence (`--max-model-len`). */
    contextLength: z.number().int().positive(),
    /** Sequences the KV cache must hold at full context at once. */
    concurrency: z.number().int().positive(),
    /** CUDA context, activations, CUDA graphs, encoders, recurrent state. */
    overheadGib: z.number().nonnegative().default(2),
  }),
  z.strictObject({
    /** A server that is not sized from model facts (Whisper, Piper, test images). */
    fixedGib: z.number().nonnegative(),
  }),
]);

/** One container the supervisor owns. YAML keys equal these field names. */
export const containerSpecSchema = z.strictObject({
  /** `vllm` gets `--gpu-memory-utilization` appended when its `cmd` lacks it. */
  kind: z.enum(["vllm", "http", "wyoming"]),
  image: z.string().min(1),
  cmd: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
  /** `host:container[:ro]` binds, e.g. the Hugging Face cache. */
  volumes: z.array(z.string().regex(/^\/[^:]*:\/[^:]*(:ro|:rw)?$/, "Volumes are /host:/container[:ro]"))
    .default([]),
  /** Port the server listens on (host networking), probed from the host. */
  port: z.number().int().min(1).max(65_535),
  /** HTTP readiness path; Wyoming servers are probed with `describe` instead. */
  healthPath: z.string().startsWith("/").default("/health"),
  gpu: z.boolean().default(false),
  /** At most one member of a swap group runs; a request for another swaps it in. */
  swapGroup: z.string().regex(NAME).optional(),
  /** Stop after this long without requests; started again on demand. */
  idleTimeoutMs: z.number().int().positive().optional(),
  stopTimeoutSeconds: z.number().int().nonnegative().default(30),
  memory: memoryFactsSchema,
  /** The box that runs it: a key of the profile's `devices` (and of `supervisor.engines`); the main box when unset. */
  engine: z.string().regex(NAME).optional(),
});

/** The device the profile runs on. */
export const deviceSchema = z.strictObject({
  name: z.string().min(1),
  /** Memory the GPU sees (VRAM, or the unified pool on Jetson): what vLLM's fraction is taken of. */
  memoryGib: z.number().positive(),
  /** Kept free for the OS, the router and page cache (unified memory shares it). */
  reservedGib: z.number().nonnegative().default(0),
  /** How containers get the GPU: `auto` asks the engine (`GET /info`). */
  gpuAccess: z.enum(["auto", "runtime", "device-requests", "none"]).default("auto"),
});

/** A profile file under `infra/containers/`: the device and the containers on it. */
export const containerProfileSchema = z.strictObject({
  /** The main box: the one whose engine runs every container that names no `engine`. */
  device: deviceSchema,
  /** The other boxes by engine name, each with its own memory, budget and swap groups. */
  devices: z.record(z.string().regex(NAME), deviceSchema).optional(),
  containers: z.record(z.string().regex(NAME), containerSpecSchema),
}).superRefine((profile, ctx) => {
  const lengths = new Map<number, string[]>();
  for (const [name, spec] of Object.entries(profile.containers)) {
    if (spec.engine !== undefined && !(spec.engine in (profile.devices ?? {}))) {
      ctx.addIssue({
        code: "custom",
        path: ["containers", name, "engine"],
        message: `No device "${spec.engine}" in devices (${
          Object.keys(profile.devices ?? {}).join(", ") || "none"
        })`,
      });
    }
    for (const [field, message] of findImageProblems(spec)) {
      ctx.addIssue({ code: "custom", path: ["containers", name, field], message });
    }
    const flag = readFlag(spec.cmd, "--max-model-len");
    if (spec.kind !== "vllm") continue;
    if (flag === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["containers", name, "cmd"],
        message: "vLLM needs --max-model-len",
      });
      continue;
    }
    // vLLM listens on 8000 unless told otherwise; the probe and the backend URLs use `port`.
    const listen = Number(readFlag(spec.cmd, "--port") ?? 8000);
    if (listen !== spec.port) {
      ctx.addIssue({
        code: "custom",
        path: ["containers", name, "port"],
        message: `Differs from the --port ${listen} vLLM listens on`,
      });
    }
    lengths.set(Number(flag), [...lengths.get(Number(flag)) ?? [], name]);
    if ("contextLength" in spec.memory && spec.memory.contextLength !== Number(flag)) {
      ctx.addIssue({
        code: "custom",
        path: ["containers", name, "memory", "contextLength"],
        message: `Differs from --max-model-len ${flag}`,
      });
    }
  }
  if (lengths.size > 1) {
    const detail = [...lengths].map(([length, names]) => `${length} (${names.join(", ")})`).join(", ");
    ctx.addIssue({
      code: "custom",
      path: ["containers"],
      message: `Local LLMs need one uniform --max-model-len, found ${detail}`,
    });
  }
});

/** One validated container spec. */
export type ContainerSpec = z.infer<typeof containerSpecSchema>;
/** A validated profile. */
export type ContainerProfile = z.infer<typeof containerProfileSchema>;
/** Memory facts of one container. */
export type MemoryFacts = z.infer<typeof memoryFactsSchema>;

/** The value after `flag` in a command line (`--flag v` or `--flag=v`). */
export function readFlag(cmd: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < cmd.length; i++) {
    if (cmd[i] === flag) return cmd[i + 1];
    if (cmd[i]?.startsWith(`${flag}=`)) return cmd[i]?.slice(flag.length + 1);
  }
  return undefined;
}
