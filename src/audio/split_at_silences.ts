import type { PcmFormat } from "./wav_header.ts";

/** A stretch of speech in PCM, by sample index (end exclusive). */
export interface SpeechSpan {
  start: number;
  end: number;
}

/** Options for {@linkcode splitAtSilences}; the defaults suit speech at any rate. */
export interface SplitOptions {
  /** Analysis frame (ms): 20 ms is the usual VAD frame. */
  frameMs?: number;
  /** A pause at least this long ends a segment (ms): a sentence pause, not the gap between words. */
  minPauseMs?: number;
  /** Speech shorter than this joins its neighbour (ms): clicks and breaths are not segments. */
  minSpeechMs?: number;
  /** Silence kept around each segment (ms), so the first and last phonemes are not cut. */
  padMs?: number;
  /** Longest segment (ms): Whisper hears 30 s at a time, so longer speech is cut at its quietest frame. */
  maxSpeechMs?: number;
}

/** Below this frame RMS (about −50 dBFS) nothing is speech: a recording of room noise has no segments. */
const MIN_SPEECH_RMS = 100;

/** Root mean square of 16-bit mono frames. */
function toFrameEnergies(pcm: Uint8Array, frameSamples: number): Float64Array {
  const view = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  const samples = pcm.byteLength >> 1;
  const energies = new Float64Array(Math.ceil(samples / frameSamples));
  for (let frame = 0; frame < energies.length; frame++) {
    let sum = 0;
    const end = Math.min(samples, (frame + 1) * frameSamples);
    for (let i = frame * frameSamples; i < end; i++) {
      const s = view.getInt16(i * 2, true);
      sum += s * s;
    }
    energies[frame] = Math.sqrt(sum / Math.max(1, end - frame * frameSamples));
  }
  return energies;
}

/**
 * A threshold between the noise floor and speech: the 95th percentile of frame energy is the speech level,
 * the 10th the floor (but at least 30 dB under the speech, for a recording with hardly a pause), and a frame
 * is speech above a quarter of the way up in the log domain, as loudness goes.
 */
function toThreshold(energies: Float64Array): number {
  const sorted = Float64Array.from(energies).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const speech = at(0.95);
  if (speech < MIN_SPEECH_RMS) return Infinity;
  const floor = Math.max(1, Math.min(at(0.1), speech / 31.6));
  const loud = Math.max(floor * 2, speech);
  return floor * Math.pow(loud / floor, 0.25);
}

/**
 * Splits mono 16-bit PCM into stretches of speech separated by pauses, by frame energy against a threshold
 * set from the recording itself (so a quiet and a loud recording split alike). Pure: spans in samples.
 */
export function splitAtSilences(
  pcm: Uint8Array,
  format: PcmFormat,
  options: SplitOptions = {},
): SpeechSpan[] {
  const { frameMs = 20, minPauseMs = 350, minSpeechMs = 200, padMs = 120, maxSpeechMs = 28_000 } = options;
  const frameSamples = Math.max(1, Math.round(format.rate * frameMs / 1000));
  const energies = toFrameEnergies(pcm, frameSamples);
  if (energies.length === 0) return [];
  const threshold = toThreshold(energies);
  const frames = (ms: number) => Math.max(1, Math.round(ms / frameMs));
  const spans: SpeechSpan[] = [];
  let start = -1;
  let quiet = 0;
  for (let f = 0; f <= energies.length; f++) {
    const loud = f < energies.length && (energies[f] ?? 0) > threshold;
    if (loud) {
      if (start < 0) start = f;
      quiet = 0;
    } else if (start >= 0 && (++quiet >= frames(minPauseMs) || f === energies.length)) {
      spans.push({ start, end: f - quiet + 1 });
      start = -1;
      quiet = 0;
    }
  }
  const merged = mergeShort(spans, frames(minSpeechMs));
  const capped = merged.flatMap((span) => capLength(span, { energies, maxFrames: frames(maxSpeechMs) }));
  const total = pcm.byteLength >> 1;
  const pad = Math.round(padMs / frameMs);
  return capped.map((span) => ({
    start: Math.max(0, (span.start - pad) * frameSamples),
    end: Math.min(total, (span.end + pad) * frameSamples),
  }));
}

/** Joins speech shorter than `minFrames` to the nearer neighbour (a cough between sentences stays apart only if long). */
function mergeShort(spans: SpeechSpan[], minFrames: number): SpeechSpan[] {
  const out: SpeechSpan[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && (span.end - span.start < minFrames || last.end - last.start < minFrames)) last.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

/** Cuts a span longer than `maxFrames` at its quietest frame in the middle half, until each piece fits. */
function capLength(span: SpeechSpan, options: { energies: Float64Array; maxFrames: number }): SpeechSpan[] {
  const { energies, maxFrames } = options;
  if (span.end - span.start <= maxFrames) return [span];
  const from = span.start + Math.floor((span.end - span.start) / 4);
  const to = span.end - Math.floor((span.end - span.start) / 4);
  let cut = from;
  for (let f = from; f < to; f++) if ((energies[f] ?? 0) < (energies[cut] ?? 0)) cut = f;
  return [
    ...capLength({ start: span.start, end: cut }, options),
    ...capLength({ start: cut, end: span.end }, options),
  ];
}
