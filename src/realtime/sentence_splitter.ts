/**
 * Cuts the model's streamed text into sentences so Piper can speak the first one while the model is still
 * writing the rest. A sentence ends at `.`, `!`, `?` or `…` followed by white space, or at a line break; a
 * piece longer than `maxChars` is cut at its last space so a run-on answer still starts speaking early.
 */
export class SentenceSplitter {
  #text = "";
  #maxChars: number;

  constructor(maxChars = 240) {
    this.#maxChars = maxChars;
  }

  /** Adds streamed text; returns the sentences it completed. */
  push(delta: string): string[] {
    this.#text += delta;
    const sentences: string[] = [];
    for (;;) {
      const match = /[.!?…]+["')\]]*\s+|\n+/.exec(this.#text);
      let end = match ? match.index + match[0].length : -1;
      if (end < 0 && this.#text.length > this.#maxChars) {
        const space = this.#text.lastIndexOf(" ", this.#maxChars);
        end = space > 0 ? space + 1 : this.#maxChars;
      }
      if (end < 0) break;
      const sentence = this.#text.slice(0, end).trim();
      this.#text = this.#text.slice(end);
      if (sentence) sentences.push(sentence);
    }
    return sentences;
  }

  /** The text left once the answer ended. */
  flush(): string[] {
    const rest = this.#text.trim();
    this.#text = "";
    return rest ? [rest] : [];
  }
}
