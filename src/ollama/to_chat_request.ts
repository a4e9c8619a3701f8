import type {
  OllamaChatRequest,
  OllamaGenerateRequest,
  OllamaMessage,
  OllamaOptions,
} from "./ollama_request.ts";
import { toRouterModel } from "./ollama_request.ts";
import { moveImagesToUser } from "./move_images_to_user.ts";

type Json = Record<string, unknown>;

/** Base64 prefixes of the image formats apps send (magic bytes PNG, JPEG, GIF, WebP, encoded). */
const IMAGE_PREFIXES: Array<[string, string]> = [
  ["iVBORw0KGgo", "image/png"],
  ["/9j/", "image/jpeg"],
  ["R0lGOD", "image/gif"],
  ["UklGR", "image/webp"],
];

/** An Ollama image (bare base64, as api/types.go `ImageData` is sent) as a data URL the pipeline reads. */
function toImagePart(base64: string): Json {
  const trimmed = base64.replace(/^data:[^,]*,/, "");
  const type = IMAGE_PREFIXES.find(([prefix]) => trimmed.startsWith(prefix))?.[1] ?? "image/jpeg";
  return { type: "image_url", image_url: { url: `data:${type};base64,${trimmed}` } };
}

/**
 * Ollama's `options` as chat request fields (api/types.go `Options`). `num_predict` ≤ 0 means no limit
 * (-1 infinite, -2 fill the context); `num_ctx` is the server's business here (each backend's context
 * length is set where the model is served), so it is dropped; `top_k`, `min_p` and `repeat_penalty` go as
 * vLLM's sampling extras (a cloud backend's `dropParams` removes them).
 */
export function toSamplingFields(options: OllamaOptions | null | undefined): Json {
  if (!options) return {};
  const fields: Json = {};
  if (options.num_predict != null && options.num_predict > 0) {
    fields["max_tokens"] = options.num_predict;
  }
  if (options.temperature != null) fields.temperature = Math.min(2, Math.max(0, options.temperature));
  if (options.top_p != null) fields["top_p"] = Math.min(1, Math.max(0, options.top_p));
  if (options.top_k != null && options.top_k > 0) fields["top_k"] = options.top_k;
  if (options.min_p != null) fields["min_p"] = options.min_p;
  if (options.stop != null) fields.stop = options.stop;
  if (options.seed != null) fields.seed = options.seed;
  if (options.presence_penalty != null) fields["presence_penalty"] = options.presence_penalty;
  if (options.frequency_penalty != null) fields["frequency_penalty"] = options.frequency_penalty;
  if (options.repeat_penalty != null) fields["repetition_penalty"] = options.repeat_penalty;
  return fields;
}

/** `format` as `response_format`: `"json"` is JSON mode, an object is a JSON schema. */
function toResponseFormat(format: OllamaChatRequest["format"]): Json {
  if (format === "json") return { "response_format": { type: "json_object" } };
  if (format && typeof format === "object") {
    return { "response_format": { type: "json_schema", "json_schema": { name: "format", schema: format } } };
  }
  return {};
}

/** `think: false` turns thinking off where the model can (vLLM's template switch); a level is an effort. */
function toThinkFields(think: OllamaChatRequest["think"]): Json {
  if (think === false) return { "chat_template_kwargs": { "enable_thinking": false } };
  if (typeof think === "string") return { "reasoning_effort": think === "max" ? "high" : think };
  return {};
}

/**
 * Ollama messages as chat messages: images become image parts in user messages (the pipeline sends them
 * to the vision backend; images on other roles move to the next user message), tool call arguments
 * become JSON strings with ids, and a `tool` message answers the latest unanswered call of its
 * `tool_name` (Ollama matches results by name, OpenAI by id).
 */
export function toChatMessages(messages: readonly OllamaMessage[]): Json[] {
  const open: Array<{ id: string; name: string }> = [];
  return moveImagesToUser(messages).map((message, m) => {
    const { role, content, images } = message;
    if (role === "assistant" && message.tool_calls?.length) {
      const calls = message.tool_calls.map((call, i) => {
        const id = call.id ?? `call_${m}_${i}`;
        open.push({ id, name: call.function.name });
        return {
          id,
          type: "function",
          function: { name: call.function.name, arguments: JSON.stringify(call.function.arguments) },
        };
      });
      return { role, content, "tool_calls": calls };
    }
    if (role === "tool") {
      const at = message.tool_call_id
        ? open.findIndex((call) => call.id === message.tool_call_id)
        : open.findLastIndex((call) => message.tool_name === undefined || call.name === message.tool_name);
      const [answered] = at < 0 ? [] : open.splice(at, 1);
      return { role, content, "tool_call_id": answered?.id ?? message.tool_call_id ?? `call_${m}` };
    }
    if (images?.length) {
      return { role, content: [{ type: "text", text: content }, ...images.map(toImagePart)] };
    }
    return { role, content };
  });
}

/** The fields every translated request shares: streaming (with usage for the final counts) and sampling. */
function toCommonFields(request: OllamaChatRequest | OllamaGenerateRequest): Json {
  const stream = request.stream !== false;
  return {
    model: toRouterModel(request.model),
    stream,
    ...(stream ? { "stream_options": { "include_usage": true } } : {}),
    ...toSamplingFields(request.options),
    ...toResponseFormat(request.format),
    ...toThinkFields(request.think),
  };
}

/** `/api/chat` as the body of its OpenAI twin, `POST /v1/chat/completions`. */
export function toChatRequest(request: OllamaChatRequest): Json {
  return {
    ...toCommonFields(request),
    messages: toChatMessages(request.messages ?? []),
    ...(request.tools?.length ? { tools: request.tools } : {}),
  };
}

/** A templated `/api/generate` (no `raw`, no `suffix`) as a chat turn: `system`, then the prompt. */
export function toChatRequestFromGenerate(request: OllamaGenerateRequest): Json {
  const messages: OllamaMessage[] = [
    ...(request.system ? [{ role: "system", content: request.system }] : []),
    { role: "user", content: request.prompt, ...(request.images?.length ? { images: request.images } : {}) },
  ];
  return { ...toCommonFields(request), messages: toChatMessages(messages) };
}

/**
 * A `raw` or `suffix` `/api/generate` as the body of its OpenAI twin, `POST /v1/completions`: the prompt
 * untemplated, and the suffix for the completions backend's fill-in-the-middle template.
 */
export function toCompletionRequest(request: OllamaGenerateRequest): Json {
  // Chat-only fields (JSON mode, thinking switches) have no meaning for a raw completion.
  const { "response_format": _f, "chat_template_kwargs": _k, "reasoning_effort": _r, ...fields } =
    toCommonFields(
      request,
    );
  return {
    ...fields,
    prompt: request.system && !request.raw ? `${request.system}\n\n${request.prompt}` : request.prompt,
    ...(request.suffix ? { suffix: request.suffix } : {}),
  };
}
