/** An ordinary user turn (a negative for the META model): what a person types, in its language. */
export interface OrdinaryTurn {
  /** ISO 639-1 code of the turn's language. */
  lang: string;
  /** The user's message as typed. */
  text: string;
  /** Turns before it, oldest first (a follow-up in a running conversation). */
  history?: Array<{ role: "user" | "assistant"; content: string }>;
  /** The chat app's system prompt, when the turn is sent under one (an ordinary assistant persona). */
  system?: string;
  /** Where it was read, for turns taken from a public project: `owner/repo path@commit` (40-hex commit). */
  source?: string;
}
