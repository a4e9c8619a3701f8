/**
 * Which real server, at which version, the OpenAI-style simulator plays, and the behaviours that follow
 * from it. Each trait names the source it was checked against; a cutoff that could not be pinned to a
 * release exactly says so.
 */

/** The real servers the OpenAI-style simulator can play. */
export type SimulatedServerName = "vllm" | "xai";

/** The server and version a simulator plays (`version` is vLLM's release, e.g. "0.20.2"). */
export interface SimulatedServer {
  name: SimulatedServerName;
  version: string;
}

/** The vLLM release the shipped container profiles pin (`infra/containers/*.yaml`: vllm/vllm-openai:v0.20.2). */
export const DEFAULT_VLLM_VERSION = "0.20.2";

/**
 * `structured_outputs` exists from 0.10.2 (guided_* deprecated then; huggingface/smolagents#1805 quoting
 * vLLM's release notes). Before it, vLLM ignores the unknown field and answers unconstrained prose.
 */
export const VLLM_STRUCTURED_OUTPUTS_SINCE = "0.10.2";
/** `guided_choice` and the other guided_* fields were removed in 0.12.0 (docs.vllm.ai features/structured_outputs, "removed in v0.12.0"); later servers ignore them. */
export const VLLM_GUIDED_REMOVED_IN = "0.12.0";
/**
 * `reasoning` beside `reasoning_content` from vllm-project/vllm#27752 (merged Nov 2025; the first release
 * carrying it, 0.11.1, is inferred from the date, not read from a tag).
 */
export const VLLM_REASONING_FIELD_SINCE = "0.11.1";
/**
 * `reasoning_content` removed by vllm-project/vllm#33402 (merged 2026-01-30); langgenius/dify-official-plugins#2740
 * and run-llama/llama_index#21076 report 0.17.x sending only `reasoning`, so 0.17.0 is the cutoff used here.
 */
export const VLLM_REASONING_CONTENT_REMOVED_IN = "0.17.0";
/**
 * Until vllm-project/vllm#27987 (a random suffix on client-provided request ids, opened 2025-11-03) a
 * second request with an `X-Request-Id` already in flight fails: `ValueError: Request id … already
 * running` (vllm/v1/engine/output_processor.py `add_request`). The release that fixed it is not pinned
 * from a tag; 0.12.0 is the simulator's cutoff.
 */
export const VLLM_UNIQUE_REQUEST_IDS_SINCE = "0.12.0";
/**
 * `tools: []` is a 400 from vllm-project/vllm#39780 (merged April 2026, to match OpenAI's `empty_array`;
 * evalstate/fast-agent#781 reports it from a released image). The first release carrying it is inferred
 * from the date, not read from a tag.
 */
export const VLLM_REJECTS_EMPTY_TOOLS_SINCE = "0.20.0";

/** What a simulated server does differently, derived once from {@linkcode SimulatedServer}. */
export interface ServerTraits {
  /** `GET /version` answers `{"version": "…"}` (vLLM's api_server.py `show_version`); xAI has no such route. */
  servesVersion: boolean;
  /** Honours `structured_outputs.choice` / `.json`; when false the field is ignored (prose answer). */
  structuredOutputs: boolean;
  /** Honours the legacy `guided_choice`; when false it is ignored. */
  guidedChoice: boolean;
  /** The field names reasoning text is sent under, in chat messages and stream deltas. */
  reasoningFields: Array<"reasoning" | "reasoning_content">;
  /** A request whose `X-Request-Id` is already in flight gets an error instead of an answer. */
  rejectsDuplicateRequestIds: boolean;
  /** Request fields a reasoning model refuses with 400 (xAI); empty for vLLM, which ignores unknown fields. */
  rejectedOnReasoningModels: string[];
  /** A chat request with `tools: []` is a 400 (vLLM's `check_tool_usage`, as OpenAI does). */
  rejectsEmptyTools: boolean;
  /** `/v1/completions` with `suffix` is a 400 (vLLM's completion serving: "suffix is not currently supported"). */
  rejectsSuffix: boolean;
  /** Usage carries `cost_in_usd_ticks` (xAI). */
  reportsCostTicks: boolean;
}

/** Compares dotted numeric versions ("0.9.2" < "0.10.2"); a missing part counts as 0, a suffix is ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^v/, "").split(".").map((p) => parseInt(p, 10) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/**
 * xAI's reasoning models refuse these with 400 (docs.x.ai "Reasoning" guide: presencePenalty,
 * frequencyPenalty and stop are not supported by reasoning models; reasoning_effort only by grok-3-mini).
 */
export const XAI_REASONING_REJECTED = ["stop", "presence_penalty", "frequency_penalty", "reasoning_effort"];

/** The behaviours of the server and version a simulator plays. */
export function toServerTraits(server: SimulatedServer): ServerTraits {
  if (server.name === "xai") {
    return {
      servesVersion: false,
      structuredOutputs: false,
      guidedChoice: false,
      reasoningFields: ["reasoning_content"],
      rejectsDuplicateRequestIds: false,
      rejectedOnReasoningModels: XAI_REASONING_REJECTED,
      rejectsEmptyTools: false,
      rejectsSuffix: false,
      reportsCostTicks: true,
    };
  }
  const atLeast = (cutoff: string) => compareVersions(server.version, cutoff) >= 0;
  const reasoningFields: ServerTraits["reasoningFields"] = [];
  if (atLeast(VLLM_REASONING_FIELD_SINCE)) reasoningFields.push("reasoning");
  if (!atLeast(VLLM_REASONING_CONTENT_REMOVED_IN)) reasoningFields.push("reasoning_content");
  return {
    servesVersion: true,
    structuredOutputs: atLeast(VLLM_STRUCTURED_OUTPUTS_SINCE),
    guidedChoice: !atLeast(VLLM_GUIDED_REMOVED_IN),
    reasoningFields,
    rejectsDuplicateRequestIds: !atLeast(VLLM_UNIQUE_REQUEST_IDS_SINCE),
    rejectedOnReasoningModels: [],
    rejectsEmptyTools: atLeast(VLLM_REJECTS_EMPTY_TOOLS_SINCE),
    rejectsSuffix: true,
    reportsCostTicks: false,
  };
}

/**
 * The charge an xAI-playing simulator reports, in ticks of 1e-10 USD (docs.x.ai developers/cost-tracking:
 * `usage.cost_in_usd_ticks`, 1 USD = 10^10 ticks), priced at $3 / $15 per million tokens in / out and
 * $0.75 per million cached prompt tokens.
 */
export function toSimulatedCostTicks(
  promptTokens: number,
  { completionTokens, cached = 0 }: { completionTokens: number; cached?: number },
): number {
  // Cached prompt tokens at a quarter of the input price ($0.75 per million).
  return Math.round(((promptTokens - cached) * 3 + cached * 0.75 + completionTokens * 15) * 1e4);
}

/** `GET /v1/models` as vLLM (`owned_by: "vllm"`, `max_model_len`) or xAI answers it. */
export function toModelList(models: readonly string[], server: SimulatedServer): Record<string, unknown> {
  const created = Math.floor(Date.now() / 1000);
  return {
    object: "list",
    data: models.map((id) => ({
      id,
      object: "model",
      created,
      "owned_by": server.name === "xai" ? "xai" : "vllm",
      root: id,
      "max_model_len": 32768,
    })),
  };
}
