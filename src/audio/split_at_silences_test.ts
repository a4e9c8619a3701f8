import { deepEqual, equal } from "node:assert/strict";
import { splitAtSilences } from "./split_at_silences.ts";

const RATE = 16_000;

/** PCM of tone bursts and silences, each given in ms; a burst is a 200 Hz sine at the given level. */
function randomSpeechLike(parts: { ms: number; level: number }[]): Uint8Array {
  const samples = parts.reduce((n, p) => n + Math.round(p.ms * RATE / 1000), 0);
  const view = new DataView(new ArrayBuffer(samples * 2));
  let i = 0;
  for (const part of parts) {
    const end = i + Math.round(part.ms * RATE / 1000);
    for (; i < end; i++) {
      const noise = (Math.random() - 0.5) * 60; // a room's hiss under everything
      view.setInt16(i * 2, Math.round(part.level * Math.sin(i * 2 * Math.PI * 200 / RATE) + noise), true);
    }
  }
  return new Uint8Array(view.buffer);
}

const FORMAT = { rate: RATE, width: 2, channels: 1 };
const toSeconds = (spans: { start: number; end: number }[]) =>
  spans.map((s) => [Number((s.start / RATE).toFixed(2)), Number((s.end / RATE).toFixed(2))]);

Deno.test("splitAtSilences() finds three sentences between pauses, padded by 120 ms", () => {
  const pcm = randomSpeechLike([
    { ms: 500, level: 0 },
    { ms: 1500, level: 8000 },
    { ms: 800, level: 0 },
    { ms: 1000, level: 3000 },
    { ms: 800, level: 0 },
    { ms: 2000, level: 12000 },
    { ms: 400, level: 0 },
  ]);
  deepEqual(toSeconds(splitAtSilences(pcm, FORMAT)), [[0.38, 2.12], [2.68, 3.92], [4.48, 6.72]]);
});

Deno.test("splitAtSilences() keeps the gaps between words inside one segment and drops a lone click", () => {
  const pcm = randomSpeechLike([
    { ms: 300, level: 0 },
    { ms: 400, level: 6000 },
    { ms: 150, level: 0 }, // between two words
    { ms: 400, level: 6000 },
    { ms: 1000, level: 0 },
    { ms: 40, level: 6000 }, // a click, shorter than minSpeechMs: joins its neighbour
    { ms: 1000, level: 0 },
  ]);
  const spans = splitAtSilences(pcm, FORMAT);
  equal(spans.length, 1);
  deepEqual(toSeconds(splitAtSilences(randomSpeechLike([{ ms: 2000, level: 0 }]), FORMAT)), []);
});

Deno.test("splitAtSilences() cuts speech longer than maxSpeechMs at its quietest frame", () => {
  const pcm = randomSpeechLike([
    { ms: 3000, level: 8000 },
    { ms: 100, level: 500 },
    { ms: 3000, level: 8000 },
  ]);
  const spans = splitAtSilences(pcm, FORMAT, { maxSpeechMs: 4000, padMs: 0 });
  equal(spans.length, 2);
  equal(Math.abs(spans[0]!.end / RATE - 3.0) < 0.12, true, `${spans[0]!.end / RATE}`);
});
