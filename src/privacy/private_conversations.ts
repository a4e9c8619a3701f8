/** Conversations remembered (the oldest forgotten first): a key is eight hex characters. */
const MAX_CONVERSATIONS = 8192;

/**
 * The conversations whose personal data was kept local or redacted, by the router's conversation key (a hash
 * of the member and the first messages, never the text), so their following turns stay local. In memory:
 * after a restart a conversation's next turn is checked afresh, and its history still holds what was found.
 */
export class PrivateConversations {
  #keys = new Set<string>();

  has(key: string): boolean {
    return this.#keys.has(key);
  }

  add(key: string): void {
    this.#keys.delete(key);
    this.#keys.add(key);
    if (this.#keys.size > MAX_CONVERSATIONS) this.#keys.delete(this.#keys.values().next().value as string);
  }
}
