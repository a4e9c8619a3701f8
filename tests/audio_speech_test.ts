import { equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { probeAudio } from "./audio_fixtures.ts";
import { startAudioTestRouter } from "./audio_upstreams.ts";

const SENTENCE = "The quick brown fox jumps over the lazy dog near the river bank.";

async function speak(client: OpenAI, options: Partial<OpenAI.Audio.SpeechCreateParams> = {}) {
  const response = await client.audio.speech.create({
    model: "tts-1",
    voice: "alloy",
    input: SENTENCE,
    ...options,
  });
  return {
    type: response.headers.get("content-type") ?? "",
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

Deno.test("POST /v1/audio/speech returns MP3 by default that ffprobe decodes", async () => {
  await using audio = await startAudioTestRouter({ piper: "wyoming" });
  const { type, bytes } = await speak(audio.router.client);
  equal(type, "audio/mpeg");
  const probe = await probeAudio(bytes);
  equal(probe.codec_name, "mp3");
  equal(probe.sample_rate, "24000");
  ok(Number(probe.nb_read_packets) > 10, `packets ${probe.nb_read_packets}`);
  const seconds = Number(probe.duration);
  ok(seconds > 2 && seconds < 8, `duration ${seconds}`);
});

const FORMATS: Array<[string, string, RegExp]> = [
  ["wav", "audio/wav", /pcm_s16le/],
  ["opus", "audio/ogg", /opus/],
  ["aac", "audio/aac", /aac/],
  ["flac", "audio/flac", /flac/],
];

for (const [format, type, codec] of FORMATS) {
  Deno.test(`POST /v1/audio/speech encodes ${format} that ffprobe decodes`, async () => {
    await using audio = await startAudioTestRouter({ piper: "v1.5" });
    const result = await speak(audio.router.client, { response_format: format as "wav" });
    equal(result.type, type);
    const probe = await probeAudio(result.bytes);
    match(probe.codec_name ?? "", codec);
    ok(Number(probe.nb_read_packets) > 1);
  });
}

Deno.test("POST /v1/audio/speech pcm is raw 24 kHz s16le", async () => {
  await using audio = await startAudioTestRouter({ piper: "wyoming" });
  const wav = await speak(audio.router.client, { response_format: "wav" });
  const pcm = await speak(audio.router.client, { response_format: "pcm" });
  equal(pcm.type, "audio/pcm;rate=24000");
  equal(String.fromCharCode(...pcm.bytes.subarray(0, 4)) === "RIFF", false);
  // Same audio as the WAV, without its 44-byte header (ffmpeg may pad a few samples).
  ok(Math.abs(pcm.bytes.byteLength - (wav.bytes.byteLength - 44)) < 2048);
});

Deno.test("POST /v1/audio/speech speed 2 halves the length, with atempo (Wyoming) and length_scale (Piper HTTP)", async () => {
  for (const piper of ["wyoming", "v1.5"] as const) {
    await using audio = await startAudioTestRouter({ piper });
    const normal = Number((await probeAudio((await speak(audio.router.client)).bytes)).duration);
    const fast = Number((await probeAudio((await speak(audio.router.client, { speed: 2 })).bytes)).duration);
    ok(Math.abs(fast / normal - 0.5) < 0.08, `${piper}: ${fast} / ${normal}`);
  }
});

const PIPER_VARIANTS = [
  ["v1.5", "/synthesize", "application/json"],
  ["v1.3", "/", "application/json"],
  ["legacy", "/", "text/plain"],
  ["piper-auto-v1.3", "/", "application/json"],
] as const;

for (const [piper, path, type] of PIPER_VARIANTS) {
  Deno.test(`POST /v1/audio/speech speaks through Piper HTTP ${piper} with its own request shape`, async () => {
    await using audio = await startAudioTestRouter({ piper });
    const { bytes } = await speak(audio.router.client, { voice: "echo", response_format: "wav" });
    equal(String.fromCharCode(...bytes.subarray(0, 4)), "RIFF");
    ok(bytes.byteLength > 48_000);
    const request = audio.piperRequests().find((r) => r.method === "POST");
    equal(request?.path, path);
    match(request?.contentType ?? "", new RegExp(type));
    if (type === "application/json") {
      const body = JSON.parse(request?.body ?? "{}");
      equal(body.voice, "en_US-libritts_r-medium");
      equal(body.speaker_id, 134);
      equal(body.length_scale, 1);
    } else {
      equal(request?.body, SENTENCE);
    }
  });
}

Deno.test("POST /v1/audio/speech stream_format=sse sends base64 deltas then done", async () => {
  await using audio = await startAudioTestRouter({ piper: "wyoming" });
  const response = await fetch(`${audio.router.baseUrl}/v1/audio/speech`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "tts-1", voice: "alloy", input: "Hello there.", stream_format: "sse" }),
  });
  match(response.headers.get("content-type") ?? "", /text\/event-stream/);
  const events = (await response.text()).trim().split("\n\n").map((e) => JSON.parse(e.slice(6)));
  equal(events.at(-1).type, "speech.audio.done");
  ok(
    events.length > 1 &&
      events.slice(0, -1).every((e) => e.type === "speech.audio.delta" && e.audio.length > 0),
  );
});

Deno.test("GET /v1/audio/voices and /v1/audio/models answer discovery without a key", async () => {
  await using audio = await startAudioTestRouter({ piper: "wyoming", whisper: "wyoming" });
  const voices = await (await fetch(`${audio.router.baseUrl}/v1/audio/voices`)).json();
  const ids = voices.voices.map((v: { id: string }) => v.id);
  ok(ids.includes("alloy") && ids.includes("en_US-lessac-medium"), ids.join(","));
  const models = await (await fetch(`${audio.router.baseUrl}/v1/audio/models`)).json();
  equal(models.models[0].id, "whisper-1");
});

Deno.test("POST /v1/audio/speech stops ffmpeg when the client goes away, and keeps serving", async () => {
  await using audio = await startAudioTestRouter({ piper: "wyoming" });
  const controller = new AbortController();
  const response = await fetch(`${audio.router.baseUrl}/v1/audio/speech`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: "tts-1",
      voice: "alloy",
      input: SENTENCE.repeat(60),
      response_format: "flac",
    }),
    signal: controller.signal,
  });
  const reader = response.body!.getReader();
  ok((await reader.read()).value);
  controller.abort();
  await reader.cancel().catch(() => {});
  // The sanitizers fail this test if the ffmpeg child or its pipes outlive it.
  const next = await speak(audio.router.client, { response_format: "wav" });
  equal(next.type, "audio/wav");
  // A client leaving is recorded as cancelled (499, as nginx does), not as a failure.
  const cancelled = audio.router.sessions.find((entry) => entry.status === 499);
  equal(cancelled?.route, "SPEECH");
  const metrics = await (await fetch(`${audio.router.baseUrl}/metrics`)).text();
  ok(
    metrics.includes(
      'ai_router_audio_requests_total{endpoint="speech",backend="piper",format="flac",status="499"} 1',
    ),
  );
});

Deno.test("POST /v1/audio/speech speaks through an OpenAI-style backend (speaches) and passes speed on", async () => {
  await using audio = await startAudioTestRouter({ piper: "speaches" });
  const normal = await probeAudio((await speak(audio.router.client, { response_format: "mp3" })).bytes);
  const slow = await probeAudio(
    (await speak(audio.router.client, { response_format: "mp3", speed: 0.5 })).bytes,
  );
  equal(normal.codec_name, "mp3");
  ok(
    Math.abs(Number(slow.duration) / Number(normal.duration) - 2) < 0.15,
    `${slow.duration} / ${normal.duration}`,
  );
});
