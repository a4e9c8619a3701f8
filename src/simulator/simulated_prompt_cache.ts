/**
 * xAI's prompt cache as the simulator plays it: requests with the same `x-grok-conv-id` reach the same
 * server, whose cache holds the previous prompt of that conversation; a prompt that extends it reports the
 * previous prompt's tokens as `usage.prompt_tokens_details.cached_tokens` (docs.x.ai,
 * developers/advanced-api-usage/prompt-caching: "Maximizing Cache Hits" and "Usage & Pricing"). Without the
 * header nothing is cached, as a request may land on any server. The ids seen are kept for tests to read.
 */
export class SimulatedPromptCache {
  #prompts = new Map<string, number>();
  /** Every `x-grok-conv-id` received, in order. */
  readonly conversationIds: string[] = [];

  /** The cached tokens of a request with `promptTokens`, and remembers its prompt for the next one. */
  lookup(conversationId: string | null, promptTokens: number): number {
    if (!conversationId) return 0;
    this.conversationIds.push(conversationId);
    const previous = this.#prompts.get(conversationId) ?? 0;
    this.#prompts.set(conversationId, promptTokens);
    return previous <= promptTokens ? previous : 0;
  }
}
