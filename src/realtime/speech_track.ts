import { BYTES_PER_MS } from "./pcm16.ts";

/** Speaks one sentence: 24 kHz pcm16 mono (the edge maps the voice, calls Piper and resamples). */
export type Speak = (text: string, options: { voice: string; speed: number; signal: AbortSignal }) => Promise<
  Uint8Array
>;

/** Options for {@linkcode SpeechTrack}. */
export interface SpeechTrackOptions {
  speak: Speak;
  voice: string;
  speed: number;
  signal: AbortSignal;
  /** One audio delta, in order; never called once `signal` is aborted. */
  onAudio: (pcm: Uint8Array) => void;
  /** Called once when the first sentence's first audio goes out. */
  onFirstAudio?: () => void;
}

/** Audio is sent in pieces of this length, like the API's deltas. */
const DELTA_MS = 100;

/**
 * An answer's voice, sentence by sentence: each sentence is synthesised as soon as it is complete (while the
 * model writes the next), and the audio goes out in sentence order. Cancelling the signal stops synthesis
 * upstream and sends nothing more.
 */
export class SpeechTrack {
  #options: SpeechTrackOptions;
  #delivered: Promise<void> = Promise.resolve();
  #sentBytes = 0;
  #spoken: string[] = [];
  #failure: unknown;

  constructor(options: SpeechTrackOptions) {
    this.#options = options;
  }

  /** Milliseconds of audio sent so far. */
  get sentMs(): number {
    return Math.floor(this.#sentBytes / BYTES_PER_MS);
  }

  /** The sentences whose audio was sent in full. */
  get spokenText(): string {
    return this.#spoken.join(" ");
  }

  /** Starts synthesising `sentence` now; its audio follows the sentences added before it. */
  add(sentence: string): void {
    const { speak, voice, speed, signal } = this.#options;
    const audio = speak(sentence, { voice, speed, signal });
    // A failed synthesis must not be an unhandled rejection while earlier sentences are still sending.
    audio.catch(() => {});
    this.#delivered = this.#delivered.then(async () => {
      if (signal.aborted || this.#failure !== undefined) return;
      let pcm: Uint8Array;
      try {
        pcm = await audio;
      } catch (error) {
        this.#failure ??= error;
        return;
      }
      const step = DELTA_MS * BYTES_PER_MS;
      for (let offset = 0; offset < pcm.byteLength; offset += step) {
        if (signal.aborted) return;
        if (this.#sentBytes === 0) this.#options.onFirstAudio?.();
        const piece = pcm.subarray(offset, offset + step);
        this.#options.onAudio(piece);
        this.#sentBytes += piece.byteLength;
      }
      this.#spoken.push(sentence);
    });
  }

  /** Waits until every added sentence is sent (or the track was cancelled); throws a synthesis failure. */
  async finish(): Promise<void> {
    await this.#delivered;
    if (this.#failure !== undefined && !this.#options.signal.aborted) throw this.#failure;
  }
}
