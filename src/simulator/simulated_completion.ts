/** Pieces of the OpenAI wire format the simulator produces, shaped like vLLM's output. */
import type { ServerTraits } from "./simulated_server.ts";
import { toChatLogprobs, toCompletionLogprobs } from "./simulated_logprobs.ts";

/** A tool call the simulated model makes (arguments already JSON text, as on the wire). */
export interface SimulatedToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** The text a simulated model answers with, split into the tokens it streams. */
export interface SimulatedAnswer {
  tokens: string[];
  reasoning: string[];
  finishReason: "stop" | "length" | "tool_calls";
  toolCalls?: SimulatedToolCall[];
  /** Log-probability of the first token (classifier confidence); only with structured choice. */
  logprob?: number;
}

/** Splits text into word-sized tokens that concatenate back to the text. */
export function toTokens(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

/** Roughly counts prompt tokens as characters / 4, like a tokenizer would for English. */
export function countPromptTokens(body: Record<string, unknown>): number {
  const text = JSON.stringify(body.messages ?? body.prompt ?? "");
  return Math.max(1, Math.ceil(text.length / 4));
}

function lastUserText(body: Record<string, unknown>): string {
  if (typeof body.prompt === "string") return body.prompt;
  const messages = Array.isArray(body.messages) ? body.messages as Array<Record<string, unknown>> : [];
  const last = [...messages].reverse().find((m) => m.role === "user") ?? messages.at(-1);
  const content = last?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((p) => (p as { text?: string }).text ?? "").join(" ");
  }
  return "";
}

/** A deterministic answer that echoes the start of the question, so tests can tell requests apart. */
export function defaultReply(body: Record<string, unknown>, model: string): string {
  const question = lastUserText(body).replace(/\s+/g, " ").trim().slice(0, 80);
  return `This is a simulated answer from ${model}. You asked: "${question}". ` +
    "A real model would answer here, one token at a time.";
}

/** What every chunk and completion of one simulated answer repeats. */
export interface CompletionHead {
  id: string;
  model: string;
  /** Unix seconds. */
  created: number;
}

/** Builds a chat chunk in vLLM's shape; `index` is the choice (`n` > 1), `logprobs` the token's entries. */
export function toChatChunk(
  head: CompletionHead,
  part: { delta: Record<string, unknown>; finishReason?: string | null; index?: number; logprobs?: unknown },
): Record<string, unknown> {
  const { id, model, created } = head;
  const { delta, finishReason = null, index = 0, logprobs = null } = part;
  return {
    id,
    object: "chat.completion.chunk",
    created,
    model,
    choices: [{ index, delta, logprobs, finish_reason: finishReason }],
  };
}

/** A stream delta carrying reasoning under every field name the simulated server uses. */
export function toReasoningDelta(text: string, traits: ServerTraits): Record<string, unknown> {
  return Object.fromEntries(traits.reasoningFields.map((field) => [field, text]));
}

/** Stream deltas for tool calls in vLLM's shape: name and id first, then the arguments. */
export function toToolCallDeltas(calls: SimulatedToolCall[]): Array<Record<string, unknown>> {
  return calls.flatMap((call, index) => [
    {
      "tool_calls": [{ index, id: call.id, type: "function", function: { name: call.name, arguments: "" } }],
    },
    { "tool_calls": [{ index, function: { arguments: call.arguments } }] },
  ]);
}

/** Builds a legacy completion chunk (or whole response when `text` is all of it). */
export function toCompletionChunk(
  head: CompletionHead,
  part: { text: string; finishReason?: string | null; index?: number; logprobs?: unknown },
): Record<string, unknown> {
  const { id, model, created } = head;
  const { text, finishReason = null, index = 0, logprobs = null } = part;
  return {
    id,
    object: "text_completion",
    created,
    model,
    choices: [{ index, text, logprobs, finish_reason: finishReason }],
  };
}

/** The usage object OpenAI and vLLM report. */
export function toUsage(promptTokens: number, completionTokens: number): Record<string, number> {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

/** Token log-probabilities asked for: chat `logprobs: true` with `top_logprobs`, completions `logprobs: N`. */
export function readLogprobsRequest(
  body: Record<string, unknown>,
  isChat: boolean,
): { top: number } | undefined {
  if (isChat) return body.logprobs === true ? { top: Number(body.top_logprobs ?? 0) } : undefined;
  return typeof body.logprobs === "number" ? { top: body.logprobs } : undefined;
}

function toMessage(answer: SimulatedAnswer, traits: ServerTraits): Record<string, unknown> {
  const content = answer.tokens.join("");
  const calls = answer.toolCalls ?? [];
  const message: Record<string, unknown> = {
    role: "assistant",
    // vLLM answers content null beside tool calls when the model said nothing else.
    content: content === "" && (calls.length > 0 || answer.reasoning.length > 0) ? null : content,
    refusal: null,
    "tool_calls": calls.map((c) => ({
      id: c.id,
      type: "function",
      function: { name: c.name, arguments: c.arguments },
    })),
  };
  if (answer.reasoning.length > 0) {
    Object.assign(message, toReasoningDelta(answer.reasoning.join(""), traits));
  }
  return message;
}

/** A choice's `logprobs`: the classifier's one-label confidence, or every token's entries when asked. */
function toChoiceLogprobs(answer: SimulatedAnswer, asked: { top: number } | undefined): unknown {
  if (answer.logprob !== undefined) {
    const token = answer.tokens.join("");
    const entry = { token, logprob: answer.logprob, bytes: null };
    return { content: [{ ...entry, top_logprobs: [entry] }] };
  }
  return asked ? { content: toChatLogprobs(answer.tokens, asked.top) } : null;
}

/** Builds a whole (non-streaming) chat completion, one choice per answer (`n`). */
export function toChatCompletion(
  head: CompletionHead,
  options: {
    answers: SimulatedAnswer[];
    traits: ServerTraits;
    usage: Record<string, unknown>;
    logprobs?: { top: number } | undefined;
  },
): Record<string, unknown> {
  const { id, model, created } = head;
  const { answers, traits, usage } = options;
  return {
    id,
    object: "chat.completion",
    created,
    model,
    choices: answers.map((answer, index) => ({
      index,
      message: toMessage(answer, traits),
      logprobs: toChoiceLogprobs(answer, options.logprobs),
      "finish_reason": answer.finishReason,
    })),
    usage,
  };
}

/** Builds a whole legacy completion, one choice per answer (`n`). */
export function toCompletion(
  head: CompletionHead,
  options: {
    answers: SimulatedAnswer[];
    usage: Record<string, unknown>;
    logprobs?: { top: number } | undefined;
  },
): Record<string, unknown> {
  const choices = options.answers.map((answer, index) =>
    (toCompletionChunk(head, {
      text: answer.tokens.join(""),
      finishReason: answer.finishReason,
      index,
      logprobs: options.logprobs ? toCompletionLogprobs(answer.tokens, options.logprobs.top) : null,
    }).choices as unknown[])[0]
  );
  return { ...toCompletionChunk(head, { text: "" }), choices, usage: options.usage };
}
