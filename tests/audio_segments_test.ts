/**
 * Subtitles from a backend that gives no timings: Wyoming Whisper answers text only, so the router splits the
 * audio at its pauses and times each piece. The reference is speech made here: espeak-ng says three
 * sentences, which are laid out with known pauses between them.
 */
import { equal, ok } from "node:assert/strict";
import { toFile } from "openai";
import { parseWav, toWav } from "../src/audio/wav_header.ts";
import { startAudioTestRouter } from "./audio_upstreams.ts";

const SENTENCES = [
  "The tide comes in twice a day.",
  "Bread rises because of yeast.",
  "Our cat sleeps on the warm windowsill all afternoon.",
];
const PAUSE_SECONDS = 1.2;
/** espeak-ng pads each sentence with up to about 0.15 s of its own silence; the splitter pads 0.12 s. */
const TOLERANCE_SECONDS = 0.3;

async function speak(text: string) {
  const dir = await Deno.makeTempDir({ prefix: "ai-router-segments-" });
  try {
    const path = `${dir}/s.wav`;
    const out = await new Deno.Command("espeak-ng", { args: ["-w", path, text] }).output();
    if (!out.success) throw new Error("espeak-ng failed");
    return parseWav(await Deno.readFile(path));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** The three sentences with pauses, and where each one was placed (seconds). */
async function randomConversation() {
  const spoken = await Promise.all(SENTENCES.map(speak));
  const format = spoken[0]!.format;
  const bytesPerSecond = format.rate * format.width * format.channels;
  const pause = new Uint8Array(Math.round(PAUSE_SECONDS * format.rate) * format.width);
  const parts: Uint8Array[] = [pause];
  const placed: { start: number; end: number }[] = [];
  let at = pause.byteLength;
  for (const sentence of spoken) {
    placed.push({ start: at / bytesPerSecond, end: (at + sentence.pcm.byteLength) / bytesPerSecond });
    parts.push(sentence.pcm, pause);
    at += sentence.pcm.byteLength + pause.byteLength;
  }
  const pcm = new Uint8Array(at);
  let offset = 0;
  for (const part of parts) {
    pcm.set(part, offset);
    offset += part.byteLength;
  }
  return { wav: toWav(format, pcm), placed };
}

Deno.test("transcriptions through Wyoming Whisper have one timed segment per sentence in verbose_json, srt and vtt", async () => {
  const { wav, placed } = await randomConversation();
  await using audio = await startAudioTestRouter({ whisper: "wyoming" });
  const { client } = audio.router;
  const file = () => toFile(wav, "three.wav");
  const verbose = await client.audio.transcriptions.create({
    file: await file(),
    model: "whisper-1",
    response_format: "verbose_json",
    timestamp_granularities: ["segment"],
  });
  equal(verbose.segments?.length, 3, JSON.stringify(verbose.segments));
  verbose.segments!.forEach((segment, i) => {
    const want = placed[i]!;
    ok(
      Math.abs(segment.start - want.start) <= TOLERANCE_SECONDS,
      `segment ${i} start ${segment.start} vs ${want.start}`,
    );
    ok(
      Math.abs(segment.end - want.end) <= TOLERANCE_SECONDS,
      `segment ${i} end ${segment.end} vs ${want.end}`,
    );
    ok(segment.text.includes("Simulated transcript"), segment.text);
  });
  // Each piece went to the server on its own: three transcriptions for three sentences.
  equal(audio.whisperRequests(), 3);

  const srt = await client.audio.transcriptions.create({
    file: await file(),
    model: "whisper-1",
    response_format: "srt",
  });
  const cues = String(srt).trim().split("\n\n");
  equal(cues.length, 3, String(srt));
  ok(cues[1]!.startsWith("2\n00:00:0"), cues[1]);
  const vtt = await client.audio.transcriptions.create({
    file: await file(),
    model: "whisper-1",
    response_format: "vtt",
  });
  equal(String(vtt).split(" --> ").length - 1, 3, String(vtt));

  // A plain json answer needs no timings: the audio goes whole, in one piece.
  const before = audio.whisperRequests();
  await client.audio.transcriptions.create({ file: await file(), model: "whisper-1" });
  equal(audio.whisperRequests() - before, 1);
});
