/** A label read from the classifier's reply. */
export interface ClassifierReply {
  label: string;
  /** Probability of the chosen label from its token log-probabilities; null when none came back. */
  confidence: number | null;
  /** The reply text as the model wrote it. */
  raw: string;
}

interface ChatCompletionShape {
  choices?: Array<{
    message?: { content?: unknown; reasoning?: unknown; "reasoning_content"?: unknown };
    logprobs?: { content?: Array<{ logprob?: unknown }> | null } | null;
  }>;
}

/**
 * Reads the label from a non-streaming chat completion: the content must be one of `labels`
 * (structured output guarantees it on vLLM; anything else is garbage and throws a TypeError). With content
 * null the label is read from `reasoning` (vLLM since #27752) or `reasoning_content` (older vLLM): some
 * reasoning parsers put output that never closes `</think>` there, even with thinking off.
 */
export function readClassifierReply(body: unknown, labels: readonly string[]): ClassifierReply {
  const choice = (body as ChatCompletionShape | null)?.choices?.[0];
  const message = choice?.message;
  const content = typeof message?.content === "string" && message.content.trim() !== ""
    ? message.content
    : message?.reasoning ?? message?.reasoning_content;
  if (typeof content !== "string") throw new TypeError("Classifier reply has no text content");
  const raw = content;
  const label = content.trim().replace(/^"|"$/g, "");
  if (!labels.includes(label)) throw new TypeError(`Classifier answered "${raw.slice(0, 40)}", not a label`);
  const tokens = choice?.logprobs?.content ?? [];
  const logprobs = tokens.map((token) => token.logprob).filter((value) => typeof value === "number");
  if (logprobs.length === 0) return { label, confidence: null, raw };
  const sum = (logprobs as number[]).reduce((total, value) => total + value, 0);
  return { label, confidence: Math.min(1, Math.max(0, Math.exp(sum))), raw };
}
