import type { PcmFormat } from "../audio/wav_header.ts";

/** The simulated voice's output: Piper's `medium` quality rate. */
export const TONE_FORMAT: PcmFormat = { rate: 22_050, width: 2, channels: 1 };

/**
 * Makes speech-shaped PCM for a text: a short tone per word with a gap between words, about the
 * length Piper would speak it (~65 ms per character), scaled by `lengthScale` (> 1 is slower).
 */
export function synthesizeTone(
  text: string,
  { lengthScale = 1, rate = TONE_FORMAT.rate }: { lengthScale?: number; rate?: number } = {},
): Uint8Array {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const secondsPerChar = 0.065 * lengthScale;
  const gap = Math.round(0.08 * lengthScale * rate);
  const lengths = words.map((w) => Math.round(Math.max(2, w.length) * secondsPerChar * rate));
  const total = lengths.reduce((sum, n) => sum + n + gap, gap);
  const pcm = new Uint8Array(total * 2);
  const view = new DataView(pcm.buffer);
  let sample = gap;
  lengths.forEach((length, index) => {
    const pitch = 140 + (index % 5) * 30;
    for (let i = 0; i < length; i++) {
      const envelope = Math.sin((Math.PI * i) / length);
      const value = Math.round(9000 * envelope * Math.sin((2 * Math.PI * pitch * i) / rate));
      view.setInt16((sample + i) * 2, value, true);
    }
    sample += length + gap;
  });
  return pcm;
}
