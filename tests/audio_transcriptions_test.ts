import { equal, match, ok } from "node:assert/strict";
import OpenAI, { toFile } from "openai";
import { createSpeechFixtures } from "./audio_fixtures.ts";
import { toBase64 } from "../src/base64.ts";
import { startAudioTestRouter } from "./audio_upstreams.ts";

Deno.test("POST /v1/audio/transcriptions answers every response format through an OpenAI-style Whisper", async () => {
  await using fixtures = await createSpeechFixtures();
  await using audio = await startAudioTestRouter({ whisper: "openai" });
  const { client } = audio.router;
  const file = () => toFile(fixtures.files.mp3 as Uint8Array<ArrayBuffer>, "speech.mp3");

  const json = await client.audio.transcriptions.create({ file: await file(), model: "whisper-1" });
  match(json.text, /^Simulated transcript of \d+\.\d seconds of audio\.$/);

  const { data: text, response } = await client.audio.transcriptions.create({
    file: await file(),
    model: "whisper-1",
    response_format: "text",
  }).withResponse();
  match(response.headers.get("content-type") ?? "", /^text\/plain/);
  equal(text, json.text);

  const srt = await client.audio.transcriptions.create({
    file: await file(),
    model: "",
    response_format: "srt",
  });
  match(srt, /^1\n00:00:00,000 --> 00:00:0\d,\d{3}\nSimulated transcript\n\n2\n/);

  const vtt = await client.audio.transcriptions.create({
    file: await file(),
    model: "whisper-1",
    response_format: "vtt",
  });
  match(vtt, /^WEBVTT\n\n00:00:00\.000 --> 00:00:0\d\.\d{3}\n/);

  const verbose = await client.audio.transcriptions.create({
    file: await file(),
    model: "whisper-1",
    response_format: "verbose_json",
    timestamp_granularities: ["word", "segment"],
  });
  equal((verbose as unknown as { task: string }).task, "transcribe");
  ok(
    Math.abs(verbose.duration - fixtures.seconds) < 0.3,
    `duration ${verbose.duration} vs ${fixtures.seconds}`,
  );
  equal(verbose.segments?.length, 2);
  for (
    const key of [
      "id",
      "seek",
      "start",
      "end",
      "text",
      "tokens",
      "temperature",
      "avg_logprob",
      "compression_ratio",
      "no_speech_prob",
    ]
  ) {
    ok(key in (verbose.segments?.[0] ?? {}), `segment has ${key}`);
  }
  ok((verbose.words?.length ?? 0) > 3);
  equal(audio.whisperRequests(), 5);
});

Deno.test("POST /v1/audio/transcriptions with stream=true answers transcript SSE events", async () => {
  await using fixtures = await createSpeechFixtures();
  await using audio = await startAudioTestRouter({ whisper: "wyoming" });
  const stream = await audio.router.client.audio.transcriptions.create({
    file: await toFile(fixtures.files.wav as Uint8Array<ArrayBuffer>, "a.wav"),
    model: "whisper-1",
    stream: true,
  });
  const types: string[] = [];
  let done = "";
  for await (const event of stream) {
    types.push(event.type);
    if (event.type === "transcript.text.done") done = event.text;
  }
  equal(types.join(","), "transcript.text.delta,transcript.text.done");
  match(done, /^Simulated transcript of \d+\.\d seconds of audio\.$/);
});

for (const container of ["wav", "mp3", "ogg", "webm", "m4a", "flac"]) {
  Deno.test(`POST /v1/audio/transcriptions decodes ${container} for a Wyoming Whisper`, async () => {
    await using fixtures = await createSpeechFixtures();
    await using audio = await startAudioTestRouter({ whisper: "wyoming" });
    // A misleading name: the container must come from the bytes.
    const file = await toFile(fixtures.files[container] as Uint8Array<ArrayBuffer>, "recording.wav");
    const verbose = await audio.router.client.audio.transcriptions.create({
      file,
      model: "",
      response_format: "verbose_json",
    });
    ok(
      Math.abs(verbose.duration - fixtures.seconds) < 0.3,
      `duration ${verbose.duration} vs ${fixtures.seconds}`,
    );
    // Wyoming gives neither language nor timings: the language is the stopword guess over the text, and the
    // segments come from splitting the audio at its pauses (tests/audio_segments_test.ts checks their timing).
    equal(verbose.language, "english");
    const segments = verbose.segments ?? [];
    ok(segments.length >= 1, JSON.stringify(segments));
    ok(segments[0]!.start >= 0 && segments.at(-1)!.end <= verbose.duration + 0.01);
    match(verbose.text, /^Simulated transcript of/);
    const srt = await audio.router.client.audio.transcriptions.create({
      file,
      model: "",
      response_format: "srt",
    });
    match(srt, /^1\n00:00:00,\d{3} --> 00:00:0\d,\d{3}\nSimulated transcript of .*\n\n/);
  });
}

Deno.test("POST /v1/audio/translations answers English through the OpenAI-style Whisper", async () => {
  await using fixtures = await createSpeechFixtures();
  await using audio = await startAudioTestRouter({ whisper: "openai" });
  const result = await audio.router.client.audio.translations.create({
    file: await toFile(fixtures.files.webm as Uint8Array<ArrayBuffer>, "x.bin"),
    model: "whisper-1",
    response_format: "verbose_json",
  });
  equal((result as unknown as { language: string }).language, "english");
  match(result.text, /^Simulated translation of/);
});

Deno.test("POST /v1/audio/translations is a clear 400 when only a Wyoming transcriber is configured", async () => {
  await using fixtures = await createSpeechFixtures();
  await using audio = await startAudioTestRouter({ whisper: "wyoming" });
  const error = await audio.router.client.audio.translations.create({
    file: await toFile(fixtures.files.wav as Uint8Array<ArrayBuffer>, "x.wav"),
    model: "whisper-1",
  }).catch((e) => e);
  ok(error instanceof OpenAI.BadRequestError);
  match(error.message, /translationBackend/);
});

Deno.test("POST /v1/audio/transcriptions reads whisper.cpp's verbose_json and flattens its per-segment words", async () => {
  await using fixtures = await createSpeechFixtures();
  await using audio = await startAudioTestRouter({ whisper: "whisper.cpp" });
  const file = await toFile(fixtures.files.webm as Uint8Array<ArrayBuffer>, "rec.webm");
  const verbose = await audio.router.client.audio.transcriptions.create({
    file,
    model: "",
    response_format: "verbose_json",
    timestamp_granularities: ["word"],
  });
  equal(verbose.language, "english");
  equal(verbose.segments?.[0]?.seek, 0);
  equal(verbose.words?.[0]?.word, "Simulated");
  ok((verbose.words?.length ?? 0) >= 7);
  const text = await audio.router.client.audio.transcriptions.create({
    file,
    model: "",
    response_format: "text",
  })
    .withResponse();
  match(text.response.headers.get("content-type") ?? "", /^text\/plain/);
  // The router always sends whisper.cpp a 16 kHz WAV (it cannot read WebM without --convert).
  const sent = audio.whisperLog()[0];
  equal(sent?.fileType, "audio/wav");
  equal(sent?.fields.response_format?.[0], "verbose_json");
  equal(sent?.fields.model?.[0], "Systran/faster-whisper-small");
  equal(sent?.fields.language?.[0], "auto", "whisper.cpp assumes English unless told to detect");
});

Deno.test("POST /v1/audio/translations reaches whisper.cpp as translate=true on its one path", async () => {
  await using fixtures = await createSpeechFixtures();
  await using audio = await startAudioTestRouter({ whisper: "whisper.cpp" });
  const result = await audio.router.client.audio.translations.create({
    file: await toFile(fixtures.files.wav as Uint8Array<ArrayBuffer>, "a.wav"),
    model: "whisper-1",
  });
  match(result.text, /^Simulated translation of/);
  const sent = audio.whisperLog()[0];
  equal(sent?.path, "/v1/audio/transcriptions");
  equal(sent?.fields.translate?.[0], "true");
});

Deno.test("POST /v1/audio/transcriptions sends concurrent chunk uploads (Open WebUI over 20 MB) in parallel", async () => {
  await using fixtures = await createSpeechFixtures("One of several chunks.");
  await using audio = await startAudioTestRouter({ whisper: "wyoming" });
  const results = await Promise.all(
    ["wav", "mp3", "ogg", "flac"].map(async (ext) =>
      audio.router.client.audio.transcriptions.create({
        file: await toFile(fixtures.files[ext] as Uint8Array<ArrayBuffer>, `chunk.${ext}`),
        model: "",
      })
    ),
  );
  for (const result of results) match(result.text, /^Simulated transcript of/);
  equal(audio.whisperRequests(), 4);
});

Deno.test("POST /v1/audio/translations uses a Wyoming Whisper started as a translator", async () => {
  await using fixtures = await createSpeechFixtures();
  await using audio = await startAudioTestRouter({ whisper: "wyoming", wyomingTranslator: true });
  const result = await audio.router.client.audio.translations.create({
    file: await toFile(fixtures.files.m4a as Uint8Array<ArrayBuffer>, "x.m4a"),
    model: "whisper-1",
    response_format: "text",
  });
  match(result as unknown as string, /^Simulated translation of/);
});

Deno.test("POST /v1/audio/transcriptions accepts Open WebUI's JSON variant with base64 input_audio", async () => {
  await using fixtures = await createSpeechFixtures("Sent as JSON.");
  await using audio = await startAudioTestRouter({ whisper: "wyoming" });
  const post = (body: unknown) =>
    fetch(`${audio.router.baseUrl}/v1/audio/transcriptions`, {
      method: "POST",
      headers: { authorization: "Bearer test-user-key", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  // What Open WebUI sends with AUDIO_STT_OPENAI_API_REQUEST_FORMAT=json: the format is only a hint.
  const answer = await post({
    model: "",
    language: "en",
    input_audio: { data: toBase64(fixtures.files.webm as Uint8Array), format: "wav" },
  });
  equal(answer.status, 200);
  match((await answer.json()).text, /^Simulated transcript of/);
  equal(audio.whisperRequests(), 1);

  const missing = await post({ model: "whisper-1" });
  equal(missing.status, 400);
  equal((await missing.json()).error.param, "input_audio.data");
  const garbled = await post({ model: "whisper-1", input_audio: { data: "not base64 !!", format: "mp3" } });
  equal(garbled.status, 400);
  match((await garbled.json()).error.message, /base64/);
  equal(audio.whisperRequests(), 1);
});
