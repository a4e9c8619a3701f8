/** Pieces of the OpenAI wire format the simulator produces, shaped like vLLM's output. */

/** The text a simulated model answers with, split into the tokens it streams. */
export interface SimulatedAnswer {
  tokens: string[];
  reasoning: string[];
  finishReason: "stop" | "length";
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

/** Builds a chat chunk in vLLM's shape. */
export function toChatChunk(
  head: CompletionHead,
  part: { delta: Record<string, unknown>; finishReason?: string | null },
): Record<string, unknown> {
  const { id, model, created } = head;
  const { delta, finishReason = null } = part;
  return {
    id,
    object: "chat.completion.chunk",
    created,
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
}

/** Builds a legacy completion chunk (or whole response when `text` is all of it). */
export function toCompletionChunk(
  head: CompletionHead,
  part: { text: string; finishReason?: string | null },
): Record<string, unknown> {
  const { id, model, created } = head;
  const { text, finishReason = null } = part;
  return {
    id,
    object: "text_completion",
    created,
    model,
    choices: [{ index: 0, text, logprobs: null, finish_reason: finishReason }],
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

/** Builds a whole (non-streaming) chat completion. */
export function toChatCompletion(
  head: CompletionHead,
  options: { answer: SimulatedAnswer; promptTokens: number },
): Record<string, unknown> {
  const { id, model, created } = head;
  const { answer, promptTokens } = options;
  const content = answer.tokens.join("");
  const message: Record<string, unknown> = { role: "assistant", content, refusal: null, "tool_calls": [] };
  if (answer.reasoning.length > 0) message.reasoning = answer.reasoning.join("");
  const logprobs = answer.logprob === undefined ? null : {
    content: [{
      token: content,
      logprob: answer.logprob,
      bytes: null,
      top_logprobs: [{ token: content, logprob: answer.logprob, bytes: null }],
    }],
  };
  return {
    id,
    object: "chat.completion",
    created,
    model,
    choices: [{ index: 0, message, logprobs, finish_reason: answer.finishReason }],
    usage: toUsage(promptTokens, answer.tokens.length + answer.reasoning.length),
  };
}
