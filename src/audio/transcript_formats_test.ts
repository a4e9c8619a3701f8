import { deepEqual, equal } from "node:assert/strict";
import {
  renderTranscript,
  toSrt,
  toTimestamp,
  toTranscriptEvents,
  toVerboseJson,
  toVtt,
  type Transcript,
} from "./transcript_formats.ts";

const TIMED: Transcript = {
  text: "Hello there. General Kenobi.",
  language: "english",
  duration: 3725.5,
  segments: [{ start: 0, end: 1.5, text: " Hello there." }, {
    start: 3723.25,
    end: 3725.5,
    text: " General Kenobi.",
  }],
  words: [{ word: "Hello", start: 0, end: 0.5 }],
};
const PLAIN: Transcript = { text: "Just text.", duration: 2.25, segments: [], words: [] };

Deno.test("toTimestamp() writes hours, minutes, seconds and milliseconds", () => {
  equal(toTimestamp(3725.5, ","), "01:02:05,500");
  equal(toTimestamp(0.0004, "."), "00:00:00.000");
});

Deno.test("toSrt() and toVtt() write numbered and WEBVTT cues from segments", () => {
  equal(
    toSrt(TIMED),
    "1\n00:00:00,000 --> 00:00:01,500\nHello there.\n\n2\n01:02:03,250 --> 01:02:05,500\nGeneral Kenobi.\n\n",
  );
  equal(
    toVtt(TIMED),
    "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHello there.\n\n01:02:03.250 --> 01:02:05.500\nGeneral Kenobi.\n\n",
  );
});

Deno.test("toSrt() and toVtt() make one cue over the whole audio when the backend gave no timings", () => {
  equal(toSrt(PLAIN), "1\n00:00:00,000 --> 00:00:02,250\nJust text.\n\n");
  equal(toVtt(PLAIN), "WEBVTT\n\n00:00:00.000 --> 00:00:02.250\nJust text.\n\n");
  equal(toSrt({ ...PLAIN, text: "" }), "");
});

Deno.test("toVerboseJson() fills every segment field, adds words only when asked, says english for translations", () => {
  const verbose = toVerboseJson(TIMED, { task: "transcribe", words: false });
  deepEqual(Object.keys(verbose.segments[0] ?? {}).sort(), [
    "avg_logprob",
    "compression_ratio",
    "end",
    "id",
    "no_speech_prob",
    "seek",
    "start",
    "temperature",
    "text",
    "tokens",
  ]);
  equal("words" in verbose, false);
  equal(toVerboseJson(TIMED, { task: "transcribe", words: true }).words?.length, 1);
  equal(toVerboseJson(PLAIN, { task: "transcribe", words: false }).language, "unknown");
  equal(toVerboseJson(PLAIN, { task: "translate", words: false }).language, "english");
});

Deno.test("renderTranscript() uses the content types the openai SDK expects", () => {
  const options = { task: "transcribe", words: false } as const;
  equal(renderTranscript(PLAIN, "json", options).contentType, "application/json");
  equal(renderTranscript(PLAIN, "verbose_json", options).contentType, "application/json");
  equal(renderTranscript(PLAIN, "text", options).contentType, "text/plain; charset=utf-8");
  equal(renderTranscript(PLAIN, "srt", options).contentType, "text/plain; charset=utf-8");
  equal(renderTranscript(PLAIN, "vtt", options).contentType, "text/vtt; charset=utf-8");
  equal(JSON.parse(renderTranscript(PLAIN, "json", options).body).text, "Just text.");
});

Deno.test("toTranscriptEvents() sends one delta with the whole text, then done", () => {
  const events = toTranscriptEvents(PLAIN).trim().split("\n\n").map((e) =>
    JSON.parse(e.replace(/^data: /, ""))
  );
  deepEqual(events.map((e) => e.type), ["transcript.text.delta", "transcript.text.done"]);
  equal(events[0].delta, "Just text.");
  equal(events[1].text, "Just text.");
});
