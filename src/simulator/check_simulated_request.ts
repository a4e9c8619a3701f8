import type { ServerTraits } from "./simulated_server.ts";
import { countPromptTokens } from "./simulated_completion.ts";

type Json = Record<string, unknown>;

/** An OpenAI-format error body as vLLM builds it (`code` is the HTTP status). */
export function toErrorBody(status: number, { message, type }: { message: string; type: string }): Json {
  return { error: { message, type, param: null, code: status } };
}

/** xAI names its non-reasoning variants explicitly (grok-4-1-fast-non-reasoning); every other id reasons. */
export function isReasoningModel(model: string): boolean {
  return !model.includes("non-reasoning");
}

/**
 * grok-4.3 takes `reasoning_effort` (none/low/medium/high; docs.x.ai developers/model-capabilities/text/reasoning),
 * as grok-3-mini did; grok-4, grok-4-fast-reasoning and grok-4.20 refuse it (docs.x.ai docs/guides/reasoning,
 * vercel/ai @ai-sdk/xai 4.0.8 release note).
 */
function acceptsReasoningEffort(model: string): boolean {
  return /^grok-(4\.3|3-mini)/.test(model);
}

/** What a request is refused for by the simulated server, checked before generation. */
export interface RequestCheck {
  path: string;
  body: Json;
  model: string;
  traits: ServerTraits;
  /** `X-Request-Id` values of requests still in flight on this server. */
  inFlightIds: Set<string>;
  requestId: string | null;
  /** vLLM's `--max-model-len` (the backend's `contextLength`); unset, any length is taken. */
  maxModelLen?: number | undefined;
}

/**
 * vLLM's refusal of a prompt that leaves no room for the requested answer: vllm/renderers/params.py
 * (vllm-project/vllm@017638d70159114c71e4c28cc95f54c3f7699079) `TokenizeParams._token_len_check`, where the
 * input may have at most `max_model_len - max_tokens` tokens (0 output tokens when none is asked), raised as
 * a `VLLMValidationError` whose text ends in `(parameter=…, value=…)` and served as a 400 `BadRequestError`
 * with `param: "input_tokens"`. The prompt is counted as the simulator counts it for usage (characters / 4).
 */
function checkContextLength(check: RequestCheck): Response | null {
  const { body, maxModelLen } = check;
  if (maxModelLen === undefined) return null;
  const promptTokens = countPromptTokens(body);
  const limit = body["max_completion_tokens"] ?? body["max_tokens"];
  const outputTokens = typeof limit === "number" ? limit : 0;
  const maxInput = maxModelLen - outputTokens;
  if (promptTokens <= maxInput) return null;
  const message = `You passed ${promptTokens} input tokens and requested ${outputTokens} output tokens. ` +
    `However, the model's context length is only ${maxModelLen} tokens, resulting in a maximum input length ` +
    `of ${maxInput} tokens. Please reduce the length of the input prompt. ` +
    `(parameter=input_tokens, value=${promptTokens})`;
  return Response.json({ error: { message, type: "BadRequestError", param: "input_tokens", code: 400 } }, {
    status: 400,
  });
}

/**
 * The refusals of the real server played, or null when it would generate. Unknown fields pass: vLLM's
 * request models log and ignore extra fields (vllm/entrypoints/openai/engine/protocol.py
 * `OpenAIBaseModel`, `extra="allow"` plus a "fields were present in the request but ignored" warning).
 */
export function checkSimulatedRequest(check: RequestCheck): Response | null {
  const { body, traits } = check;
  const refuse = (status: number, message: string, { type = "BadRequestError" } = {}) =>
    Response.json(toErrorBody(status, { message, type }), { status });
  if (traits.rejectsSuffix && check.path === "/v1/completions" && body.suffix != null) {
    // vLLM's serving_completion.py: "suffix is not currently supported" (400), in every release read.
    return refuse(400, "suffix is not currently supported");
  }
  if (traits.rejectsEmptyTools && Array.isArray(body.tools) && body.tools.length === 0) {
    // vLLM's check_tool_usage since vllm-project/vllm#39780 (a ValueError, turned into a 400).
    return refuse(400, "`tools` must not be an empty array");
  }
  if (isReasoningModel(check.model)) {
    const rejected = traits.rejectedOnReasoningModels
      .filter((field) => field !== "reasoning_effort" || !acceptsReasoningEffort(check.model))
      .find((field) => body[field] != null);
    if (rejected) {
      return refuse(400, `Argument not supported on this model: ${rejected}`, {
        type: "invalid_request_error",
      });
    }
  }
  if (traits.rejectsDuplicateRequestIds && check.requestId && check.inFlightIds.has(check.requestId)) {
    // vllm/v1/engine/output_processor.py add_request: ValueError, turned into a 400 by the serving layer.
    return refuse(400, `Request id ${check.requestId} already running.`);
  }
  return checkContextLength(check);
}
