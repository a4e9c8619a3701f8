import { estimateTokens } from "../routing/render_prompt.ts";

type Json = Record<string, unknown>;

/**
 * Tokens a chat template adds around each message (`<|im_start|>role\n … <|im_end|>\n` in Qwen's): a few,
 * which the text estimate does not see.
 */
const MESSAGE_OVERHEAD_TOKENS = 4;

/** What Ollama counts for each image when it trims (server/prompt.go `imageNumTokens`, CLIP's embeddings). */
const IMAGE_TOKENS = 768;

/** The answer's room when the request asks for no limit: a quarter of the context, at most this. */
const MAX_DEFAULT_RESERVE_TOKENS = 4_096;

/** What {@linkcode fitHistory} kept. */
export interface FittedHistory {
  messages: Json[];
  /** How many of the oldest non-system messages were left out. */
  dropped: number;
  /** The estimated prompt tokens of what was kept, and the most that fits. */
  tokens: number;
  budget: number;
}

function isInstruction(message: Json): boolean {
  return message.role === "system" || message.role === "developer";
}

/**
 * The router's estimate of one message: its text (characters / 4), images as Ollama counts them, tool
 * calls.
 */
function estimateMessageTokens(message: Json): number {
  const { content } = message;
  const images = Array.isArray(content)
    ? content.filter((part) => (part as { type?: string }).type === "image_url").length
    : 0;
  const calls = message["tool_calls"] === undefined ? "" : JSON.stringify(message["tool_calls"]);
  return estimateTokens([{ role: String(message.role), content }]) + images * IMAGE_TOKENS +
    Math.ceil(calls.length / 4) + MESSAGE_OVERHEAD_TOKENS;
}

/**
 * Room left for the answer: the body's `max_tokens` when set (the client's `num_predict`, or a cloud's
 * floor), since vLLM refuses a prompt that leaves less than that. Without it vLLM lets the answer use
 * whatever the prompt leaves, so a prompt that fills the context would get a few words at most; a quarter
 * of the context (at most 4096 tokens) gives a full answer room and absorbs the error of the characters / 4
 * estimate on code and non-English text, which a tokenizer counts higher.
 */
export function toAnswerReserve(body: Json, contextLength: number): number {
  const limit = body["max_tokens"];
  if (typeof limit === "number" && limit > 0) return limit;
  return Math.min(MAX_DEFAULT_RESERVE_TOKENS, Math.floor(contextLength / 4));
}

/** The latest messages from a cut point on that fit `budget`, with the earlier messages `isKept` says stay. */
function cutOldest(
  messages: Json[],
  { sizes, budget, isKept }: { sizes: number[]; budget: number; isKept: (index: number) => boolean },
): FittedHistory {
  // Tokens from each index to the end.
  const after = new Array<number>(messages.length + 1).fill(0);
  for (let i = messages.length - 1; i >= 0; i--) after[i] = (after[i + 1] ?? 0) + (sizes[i] ?? 0);
  let keptBefore = 0;
  const last = messages.length - 1;
  for (let start = 0; start <= last; start++) {
    const tokens = keptBefore + (after[start] ?? 0);
    if (start === last || (messages[start]?.role !== "tool" && tokens <= budget)) {
      const earlier = messages.slice(0, start).filter((_, i) => isKept(i));
      const dropped = start - earlier.length;
      return { messages: [...earlier, ...messages.slice(start)], dropped, tokens, budget };
    }
    if (isKept(start)) keptBefore += sizes[start] ?? 0;
  }
  return { messages, dropped: 0, tokens: 0, budget };
}

/**
 * The upstream body's messages cut to fit `contextLength` minus the answer's room, as Ollama trims a chat
 * by default: every system message stays, and the latest messages that fit, always at least the last one;
 * older ones are dropped from the front (ollama/ollama server/prompt.go `chatPrompt` with
 * `truncate` true, which server/routes.go@fb30760996871fa9460115c753afd2c60d4ab0f7 `ChatHandler` sets
 * unless the request says `"truncate": false`). A cut never falls between a tool call and its results
 * (ollama/ollama@0159e10a0eafcbd615a2767f5dc687ae77fcf199 server/prompt.go `toolBlockStartIndex`): a result
 * without its call is refused by OpenAI-style APIs. Tools count against the budget, as Ollama renders them
 * into the prompt it measures.
 *
 * One step further than Ollama: when the system messages alone still overflow, only the leading ones (the
 * instructions) are kept for sure. Ollama App sends the model's earlier answers as `system` messages
 * (JHubi1/ollama-app lib/worker/sender.dart@3759d32049771096b172b99400edae6d4f1a2557 `getHistory`), so
 * keeping every one would let its long chats fail for good; Ollama's runner shifts its context instead, which
 * vLLM does not.
 */
export function fitHistory(
  body: Json,
  { contextLength }: { contextLength: number },
): FittedHistory {
  const messages = Array.isArray(body.messages) ? body.messages as Json[] : [];
  const tools = body.tools === undefined ? "" : JSON.stringify(body.tools);
  const budget = contextLength - toAnswerReserve(body, contextLength) - Math.ceil(tools.length / 4);
  const sizes = messages.map(estimateMessageTokens);
  const asOllama = cutOldest(messages, { sizes, budget, isKept: (i) => isInstruction(messages[i] as Json) });
  if (asOllama.tokens <= budget) return asOllama;
  const leading = messages.findIndex((message) => !isInstruction(message));
  return cutOldest(messages, { sizes, budget, isKept: (i) => i < leading });
}
