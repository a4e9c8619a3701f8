/**
 * Log-probabilities for a simulated answer's tokens, in the shapes vLLM returns: chat
 * `logprobs.content[]` with `top_logprobs` (OpenAPI `ChatCompletionTokenLogprob`), and the legacy completions'
 * `tokens`/`token_logprobs`/`top_logprobs`/`text_offset` (vllm-project/vllm
 * `vllm/entrypoints/openai/protocol.py`, `ChatCompletionLogProbs` and `CompletionLogProbs`). The values are
 * made up but fixed, so tests can check them; the chosen token is always the likeliest.
 */

const encoder = new TextEncoder();

/** One chat token's entry. */
export interface TokenLogprob {
  token: string;
  logprob: number;
  bytes: number[];
  "top_logprobs": { token: string; logprob: number; bytes: number[] }[];
}

/** A made-up but fixed log-probability for the token at `index` (between −0.05 and −0.65). */
function toLogprob(index: number): number {
  return -Number((0.05 + (index % 7) * 0.1).toFixed(2));
}

/** Alternatives to a token, less likely than it: the same word in other cases, then numbered stand-ins. */
function toAlternatives(token: string, count: number): string[] {
  const variants = [token.toUpperCase(), token.toLowerCase(), ` ${token.trim()}`, token.trim()];
  const unique = [...new Set(variants)].filter((v) => v !== token);
  for (let i = 1; unique.length < count; i++) unique.push(`<alt${i}>`);
  return unique.slice(0, count);
}

/** The chat `logprobs.content` entries for tokens, with `top` alternatives each (OpenAI allows 0–20). */
export function toChatLogprobs(tokens: string[], top: number): TokenLogprob[] {
  return tokens.map((token, index) => {
    const logprob = toLogprob(index);
    const alternatives = toAlternatives(token, Math.max(0, top - 1)).map((alt, rank) => ({
      token: alt,
      logprob: Number((logprob - 1 - rank).toFixed(2)),
      bytes: [...encoder.encode(alt)],
    }));
    const own = { token, logprob, bytes: [...encoder.encode(token)] };
    return { ...own, "top_logprobs": top > 0 ? [own, ...alternatives] : [] };
  });
}

/** The legacy completions `logprobs` object for tokens, `top` alternatives per token. */
export function toCompletionLogprobs(tokens: string[], top: number) {
  const entries = toChatLogprobs(tokens, Math.max(1, top));
  let offset = 0;
  return {
    tokens,
    "token_logprobs": entries.map((e) => e.logprob),
    "top_logprobs": entries.map((e) => Object.fromEntries(e.top_logprobs.map((t) => [t.token, t.logprob]))),
    "text_offset": tokens.map((token) => (offset += token.length) - token.length),
  };
}
