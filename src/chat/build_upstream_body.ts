import type { Backend } from "../backends/backend.ts";
import { getPromptText, type Prompts } from "../config/load_prompts.ts";
import type { ChatRequest } from "./chat_request.ts";
import { toUpstreamStreamOptions } from "../relay/ask_stream_usage.ts";

/** Options for {@linkcode buildUpstreamBody}. */
export interface UpstreamBodyOptions {
  prompts: Prompts;
  /** The route (`META` gets the meta prompt and reasoning off). */
  route: string;
  cloudMaxTokensFloor: number;
  /** Text added after the route's system prompt (ENRICH's injected context). */
  extraSystem?: string;
}

/** The route's system prompt file: META, cloud or the local primary one. */
export function toSystemPromptName(route: string, backend: Backend): string {
  if (route === "META") return "meta/system.md";
  return backend.config.location === "cloud" ? "cloud/system.md" : "primary/system.md";
}

/**
 * The body sent upstream: the backend's model id, the route's system prompt merged into the leading
 * system message, and `max_tokens` owned by the router (stripped for local reasoning models so they
 * stop at their own end, floored for the cloud). Other sampling parameters pass through.
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
  body.messages = first && first.role === "system" && typeof first.content === "string"
    ? [{ ...first, content: `${ours}\n\n${first.content}` }, ...others]
    : [{ role: "system", content: ours }, ...request.messages];
  const limit = maxTokens ?? maxCompletionTokens;
  if (backend.config.location === "cloud") {
    body["max_tokens"] = Math.max(limit ?? 0, options.cloudMaxTokensFloor);
  } else if (!backend.config.reasoning && limit !== undefined && limit !== null) {
    body["max_tokens"] = limit;
  }
  const streamOptions = toUpstreamStreamOptions(request);
  if (streamOptions) body["stream_options"] = streamOptions;
  if (options.route === "META") {
    const kwargs = (rest as { "chat_template_kwargs"?: Record<string, unknown> }).chat_template_kwargs;
    body["chat_template_kwargs"] = { ...kwargs, "enable_thinking": false };
  }
  return body;
}
