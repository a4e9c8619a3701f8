import { equal, match, ok } from "node:assert/strict";
import OpenAI, { toFile } from "openai";
import { createSpeechFixtures, probeAudio } from "./audio_fixtures.ts";
import { startAudioTestRouter } from "./audio_upstreams.ts";

const NO_FFMPEG = "  ffmpegPath: /nonexistent/ffmpeg";

Deno.test("without ffmpeg, WAV, mp3, Ogg/Opus, WebM/Opus and FLAC uploads transcribe and MP4 gets a 400 naming ffmpeg", async () => {
  await using fixtures = await createSpeechFixtures("Testing without the encoder.");
  await using audio = await startAudioTestRouter({ whisper: "wyoming", audioYaml: NO_FFMPEG });
  const { client, baseUrl } = audio.router;
  for (const container of ["wav", "mp3", "ogg", "webm", "flac"]) {
    const transcript = await client.audio.transcriptions.create({
      file: await toFile(fixtures.files[container] as Uint8Array<ArrayBuffer>, `a.${container}`),
      model: "whisper-1",
      response_format: "verbose_json",
    });
    // Lossy codecs pad a frame or two at the ends; the Wyoming simulator reports the PCM it was sent.
    ok(
      Math.abs(transcript.duration - fixtures.seconds) < 0.1,
      `${container}: ${transcript.duration} vs ${fixtures.seconds}`,
    );
  }
  const error = await client.audio.transcriptions.create({
    file: await toFile(fixtures.files.m4a as Uint8Array<ArrayBuffer>, "a.m4a"),
    model: "whisper-1",
  }).catch((e) => e);
  ok(error instanceof OpenAI.BadRequestError);
  match(error.message, /ffmpeg is not installed/);
  match(error.message, /install the ffmpeg package/);
  const health = await (await fetch(`${baseUrl}/health/deep`)).json();
  equal(health.audio.ffmpeg, "missing");
  match(health.audio.missing, /MP4\/AAC uploads/);
  equal(health.audio.transcription.probe.ok, true);
});

Deno.test("without ffmpeg, a speaches-style 415 is normalised to an OpenAI 400", async () => {
  await using audio = await startAudioTestRouter({ whisper: "openai", audioYaml: NO_FFMPEG });
  // A frame sync the router accepts; the simulated speaches cannot decode it and says 415 {"detail"}.
  const garbage = new Uint8Array(4000);
  garbage.set([0xff, 0xfb, 0x90, 0x64]);
  const error = await audio.router.client.audio.transcriptions.create({
    file: await toFile(garbage, "x.mp3"),
    model: "whisper-1",
  }).catch((e) => e);
  ok(error instanceof OpenAI.BadRequestError);
  equal(error.param, "file");
  match(error.message, /Failed to decode audio/);
});

Deno.test("without ffmpeg, speech answers mp3, wav and pcm at the voice's rate and refuses opus and atempo", async () => {
  await using audio = await startAudioTestRouter({ piper: "wyoming", audioYaml: NO_FFMPEG });
  const { client } = audio.router;
  const speak = (extra: Partial<OpenAI.Audio.SpeechCreateParams>) =>
    client.audio.speech.create({ model: "tts-1", voice: "alloy", input: "No encoder here.", ...extra });
  const wav = await speak({ response_format: "wav" });
  equal(wav.headers.get("content-type"), "audio/wav");
  const bytes = new Uint8Array(await wav.arrayBuffer());
  equal(new DataView(bytes.buffer).getUint32(24, true), 22050);
  const pcm = await speak({ response_format: "pcm" });
  equal(pcm.headers.get("content-type"), "audio/pcm;rate=22050");
  equal((await pcm.arrayBuffer()).byteLength, bytes.byteLength - 44);
  const mp3 = await speak({});
  equal(mp3.headers.get("content-type"), "audio/mpeg");
  const mp3Facts = await probeAudio(new Uint8Array(await mp3.arrayBuffer()));
  equal(mp3Facts.codec_name, "mp3");
  equal(mp3Facts.sample_rate, "22050");
  // The same speech as the wav answer, give or take the encoder's padding (one 1,152-sample frame each end).
  const wavSeconds = (bytes.byteLength - 44) / 2 / 22050;
  ok(Math.abs(Number(mp3Facts.duration) - wavSeconds) < 0.15, `${mp3Facts.duration} vs ${wavSeconds}`);
  const opus = await speak({ response_format: "opus" }).catch((e) => e);
  ok(opus instanceof OpenAI.BadRequestError);
  equal(opus.param, "response_format");
  match(opus.message, /ffmpeg/);
  const fast = await speak({ response_format: "wav", speed: 2 }).catch((e) => e);
  ok(fast instanceof OpenAI.BadRequestError);
  equal(fast.param, "speed");
});

Deno.test("without ffmpeg, Piper HTTP still honours speed through length_scale", async () => {
  await using audio = await startAudioTestRouter({ piper: "v1.5", audioYaml: NO_FFMPEG });
  const response = await audio.router.client.audio.speech.create({
    model: "tts-1",
    voice: "alloy",
    input: "Faster please.",
    response_format: "wav",
    speed: 2,
  });
  equal(response.headers.get("content-type"), "audio/wav");
  await response.body?.cancel();
  equal(JSON.parse(audio.piperRequests().at(-1)?.body ?? "{}").length_scale, 0.5);
});
