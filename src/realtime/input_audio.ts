import { concatBytes } from "../concat_bytes.ts";
import { toMs } from "./pcm16.ts";
import { type VadChange, VoiceActivity } from "./voice_activity.ts";
import type { SessionSettings } from "./session_settings.ts";

/**
 * The input audio buffer: appended pcm16 waiting to be committed as a user turn, with the position of each
 * byte in the session's audio (milliseconds since the first append, the API's `audio_start_ms`/`audio_end_ms`)
 * and the voice activity detector fed as audio arrives.
 */
export class InputAudio {
  #chunks: Uint8Array[] = [];
  #bytes = 0;
  /** Session audio before the buffer's first byte, in bytes. */
  #consumed = 0;
  #vad: VoiceActivity | undefined;

  constructor(settings: SessionSettings) {
    this.configure(settings);
  }

  /** Follows a `session.update`'s turn detection; a detector in the middle of speech starts over. */
  configure(settings: SessionSettings): void {
    this.#vad = settings.vad ? new VoiceActivity(settings.vad) : undefined;
  }

  /** Bytes waiting. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Whether the detector is inside speech. */
  get speaking(): boolean {
    return this.#vad?.speaking ?? false;
  }

  /** Adds audio; returns the detector's starts and stops. */
  append(pcm: Uint8Array): VadChange[] {
    this.#chunks.push(pcm);
    this.#bytes += pcm.byteLength;
    return this.#vad?.push(pcm) ?? [];
  }

  /** Takes the whole buffer for a user turn. */
  take(): Uint8Array {
    const all = concatBytes(this.#chunks, this.#bytes);
    this.#consumed += all.byteLength;
    this.#chunks = [];
    this.#bytes = 0;
    return all;
  }

  /** Drops the buffer (`input_audio_buffer.clear`). */
  clear(): void {
    this.take();
    this.#vad?.reset();
  }

  /** Session milliseconds of audio received so far. */
  get receivedMs(): number {
    return toMs(this.#consumed + this.#bytes);
  }
}
