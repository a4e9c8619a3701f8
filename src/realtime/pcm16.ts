/**
 * The Realtime API's audio: 16-bit little-endian mono PCM at 24 kHz, sent as base64 in JSON events
 * (`audio/pcm`, rate 24000, in the openai client's `RealtimeAudioFormats`). Piper speaks at its voice's own
 * rate (22 050 Hz for `medium` voices), so answers are resampled here; linear interpolation is enough for
 * speech and needs no ffmpeg.
 */
import { fromBase64, toBase64 } from "../base64.ts";

/** The only PCM rate the API allows for `audio/pcm`. */
export const REALTIME_RATE = 24_000;

/** Bytes of one millisecond of 24 kHz pcm16 mono. */
export const BYTES_PER_MS = (REALTIME_RATE * 2) / 1000;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes an `input_audio_buffer.append` payload; undefined when it is not base64 or not whole samples. */
export function decodeAudio(text: unknown): Uint8Array | undefined {
  if (typeof text !== "string" || text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
  const bytes = fromBase64(text);
  return bytes.byteLength % 2 === 0 ? bytes : undefined;
}

/** Base64 of PCM bytes for an `response.output_audio.delta`. */
export function encodeAudio(bytes: Uint8Array): string {
  return toBase64(bytes);
}

/** Milliseconds of 24 kHz pcm16 mono in `bytes`. */
export function toMs(bytes: number): number {
  return Math.floor(bytes / BYTES_PER_MS);
}

/** Resamples s16le mono PCM from `fromRate` to `toRate` by linear interpolation. */
export function resample(pcm: Uint8Array, rates: { from: number; to: number }): Uint8Array {
  const { from, to } = rates;
  const input = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength - (pcm.byteLength % 2));
  const count = input.byteLength / 2;
  if (from === to || count === 0) return pcm.slice(0, count * 2);
  const outCount = Math.floor((count * to) / from);
  const out = new Uint8Array(outCount * 2);
  const view = new DataView(out.buffer);
  const step = from / to;
  for (let i = 0; i < outCount; i++) {
    const position = i * step;
    const left = Math.floor(position);
    const right = Math.min(left + 1, count - 1);
    const fraction = position - left;
    const a = input.getInt16(left * 2, true);
    const b = input.getInt16(right * 2, true);
    view.setInt16(i * 2, Math.round(a + (b - a) * fraction), true);
  }
  return out;
}

/** Root-mean-square level of s16le samples, 0…1. */
export function toLevel(pcm: Uint8Array): number {
  const view = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength - (pcm.byteLength % 2));
  const count = view.byteLength / 2;
  if (count === 0) return 0;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const sample = view.getInt16(i * 2, true) / 32768;
    sum += sample * sample;
  }
  return Math.sqrt(sum / count);
}
