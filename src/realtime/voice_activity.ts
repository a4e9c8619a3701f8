import { BYTES_PER_MS, toLevel } from "./pcm16.ts";

/** The API's `server_vad` settings this detector honours (the openai client's `ServerVad`). */
export interface VadSettings {
  /** 0…1; a 20 ms frame is speech when its RMS level is above `threshold × 0.05` (0.5 → about −32 dBFS). */
  threshold: number;
  /** Silence that ends speech. */
  silenceMs: number;
  /** Audio kept before the detected start, reported in `audio_start_ms`. */
  prefixMs: number;
}

/** A change the detector saw, at a position in the session's input audio (milliseconds from its start). */
export type VadChange = { kind: "started"; audioStartMs: number } | { kind: "stopped"; audioEndMs: number };

const FRAME_MS = 20;
const FRAME_BYTES = FRAME_MS * BYTES_PER_MS;
/** The level a threshold of 1 stands for: the API's threshold is a model's probability, this one a level. */
const FULL_SCALE_THRESHOLD = 0.05;

/**
 * Energy-based voice activity over 20 ms frames. OpenAI's server VAD is a model; the box has none in the
 * loop, and a level gate with a silence hang-over is what makes turn-taking work for a close microphone
 * (a phone held to the face, a laptop). The same settings mean the same thing: `silence_duration_ms` of
 * quiet ends a turn, `prefix_padding_ms` moves the reported start back.
 */
export class VoiceActivity {
  #settings: VadSettings;
  #pending = new Uint8Array(0);
  #frames = 0;
  #speaking = false;
  #quietFrames = 0;

  constructor(settings: VadSettings) {
    this.#settings = settings;
  }

  /** Whether speech has started and not yet stopped. */
  get speaking(): boolean {
    return this.#speaking;
  }

  /** Feeds appended audio; returns the starts and stops it completed. */
  push(pcm: Uint8Array): VadChange[] {
    const joined = new Uint8Array(this.#pending.byteLength + pcm.byteLength);
    joined.set(this.#pending);
    joined.set(pcm, this.#pending.byteLength);
    const changes: VadChange[] = [];
    const level = this.#settings.threshold * FULL_SCALE_THRESHOLD;
    const silenceFrames = Math.max(1, Math.ceil(this.#settings.silenceMs / FRAME_MS));
    let offset = 0;
    for (; offset + FRAME_BYTES <= joined.byteLength; offset += FRAME_BYTES) {
      const loud = toLevel(joined.subarray(offset, offset + FRAME_BYTES)) > level;
      this.#frames++;
      const atMs = this.#frames * FRAME_MS;
      if (!this.#speaking && loud) {
        this.#speaking = true;
        this.#quietFrames = 0;
        changes.push({
          kind: "started",
          audioStartMs: Math.max(0, atMs - FRAME_MS - this.#settings.prefixMs),
        });
      } else if (this.#speaking) {
        this.#quietFrames = loud ? 0 : this.#quietFrames + 1;
        if (this.#quietFrames >= silenceFrames) {
          this.#speaking = false;
          changes.push({ kind: "stopped", audioEndMs: atMs });
        }
      }
    }
    this.#pending = joined.slice(offset);
    return changes;
  }

  /** Forgets a speech in progress (the buffer was cleared or committed by hand). */
  reset(): void {
    this.#speaking = false;
    this.#quietFrames = 0;
    this.#pending = new Uint8Array(0);
  }
}
