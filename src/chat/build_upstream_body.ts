import type { Backend } from "../backends/backend.ts";
import { getPromptText, type Prompts } from "../config/load_prompts.ts";
import type { ChatMessage, ChatRequest } from "./chat_request.ts";
import { toUpstreamStreamOptions } from "../relay/ask_stream_usage.ts";

/** Options for {@linkcode buildUpstreamBody}. */
export interface UpstreamBodyOptions {
  prompts: Prompts;
  /** The route (`META` gets the meta prompt and reasoning off). */
  route: string;
  cloudMaxTokensFloor: number;
  /** A client cap below this turns a local reasoning model's thinking off. */
  thinkingOffBelowTokens: number;
  /** Text added after the route's system prompt (ENRICH's injected context). */
  extraSystem?: string;
}

/** The route's system prompt file: META, cloud or the local primary one. */
export function toSystemPromptName(route: string, backend: Backend): string {
  if (route === "META") return "meta/system.md";
  return backend.config.location === "cloud" ? "cloud/system.md" : "primary/system.md";
}

/**
 * The body sent upstream: the backend's model id, the route's system prompt merged into a leading
 * system or developer message (sent as system), and `max_tokens` owned by the router. A client's cap
 * (`max_tokens` or `max_completion_tokens`, OpenAPI: "including visible output tokens and reasoning
 * tokens") goes to a local backend as it is, so the server ends the answer at it with `finish_reason:
 * "length"`; a local reasoning model gets its thinking turned off under `thinkingOffBelowTokens`, so a
 * small cap is not all spent thinking. The cloud gets at least `cloudMaxTokensFloor` (the router cuts the
 * visible answer at the client's cap itself). Without a cap, a local model stops at its own end. Other
 * parameters pass through.
 */
export function buildUpstreamBody(
  request: ChatRequest,
  backend: Backend,
  options: UpstreamBodyOptions,
): Record<string, unknown> {
  const { max_tokens: maxTokens, max_completion_tokens: maxCompletionTokens, ...rest } = request;
  const body: Record<string, unknown> = { ...rest, model: backend.config.model };
  const ours = [
    getPromptText(options.prompts, toSystemPromptName(options.route, backend)),
    options.extraSystem,
  ]
    .filter(Boolean).join("\n\n");
  const [first, ...others] = request.messages;
  const instructions = first ? toInstructionText(first) : undefined;
  body.messages = first && instructions !== undefined
    ? [{ ...first, role: "system", content: `${ours}\n\n${instructions}` }, ...others]
    : [{ role: "system", content: ours }, ...request.messages];
  const limit = maxTokens ?? maxCompletionTokens;
  const thinkingOff = options.route === "META" ||
    (backend.config.reasoning && backend.config.location !== "cloud" && typeof limit === "number" &&
      limit < options.thinkingOffBelowTokens);
  if (backend.config.location === "cloud") {
    body["max_tokens"] = Math.max(limit ?? 0, options.cloudMaxTokensFloor);
  } else if (limit !== undefined && limit !== null) {
    body["max_tokens"] = limit;
  }
  const streamOptions = toUpstreamStreamOptions(request);
  if (streamOptions) body["stream_options"] = streamOptions;
  dropEmptyTools(body);
  if (thinkingOff) {
    const kwargs = (rest as { "chat_template_kwargs"?: Record<string, unknown> }).chat_template_kwargs;
    body["chat_template_kwargs"] = { ...kwargs, "enable_thinking": false };
  }
  return body;
}

/**
 * Drops `tools: []` with the `tool_choice` ("auto"/"none") and `parallel_tool_calls` that then govern
 * nothing: OpenAI refuses an empty list (`empty_array`), and so does vLLM since vllm-project/vllm#39780,
 * which also refuses a `tool_choice` without tools. Clients without tools send `[]` (evalstate/fast-agent#781).
 * A `tool_choice` that demands a call ("required", a named function) stays, so the upstream says why it cannot.
 */
function dropEmptyTools(body: Record<string, unknown>): void {
  if (!Array.isArray(body.tools) || body.tools.length > 0) return;
  delete body.tools;
  if (body.tool_choice === "auto" || body.tool_choice === "none") delete body.tool_choice;
  delete body.parallel_tool_calls;
}

/**
 * The text of a leading `system` or `developer` message, for the route prompt to merge into, or undefined
 * when it has other parts (an image) and stays a message of its own. One instruction message, sent as
 * `system`: many chat templates (Qwen3's) have no `developer` case and render a second system message
 * mid-prompt or refuse it. Text parts are joined with a newline, as vLLM joins them; a part's
 * `cache_control` (Roo Code's prompt caching) has nothing to mark once the parts are one string.
 */
function toInstructionText(message: ChatMessage): string | undefined {
  if (message.role !== "system" && message.role !== "developer") return undefined;
  const { content } = message;
  if (typeof content === "string") return content;
  if (!Array.isArray(content) || content.length === 0) return undefined;
  const texts = content.map((part) => part.type === "text" ? part.text : undefined);
  return texts.every((text) => typeof text === "string") ? texts.join("\n") : undefined;
}
