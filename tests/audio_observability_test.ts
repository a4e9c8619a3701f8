import { equal, match, ok } from "node:assert/strict";
import { toFile } from "openai";
import type { SessionLogEntry } from "../src/logs/session_log_entry.ts";
import { createSpeechFixtures } from "./audio_fixtures.ts";
import { startAudioTestRouter } from "./audio_upstreams.ts";

Deno.test("audio requests count in the audio metrics and reach the session log sinks", async () => {
  await using fixtures = await createSpeechFixtures("Count me in.");
  const entries: SessionLogEntry[] = [];
  await using audio = await startAudioTestRouter({
    whisper: "wyoming",
    piper: "wyoming",
    routerOptions: { sessionSinks: [{ record: (entry) => entries.push(entry) }] },
  });
  const { client, baseUrl } = audio.router;
  await client.audio.transcriptions.create({
    file: await toFile(fixtures.files.flac as Uint8Array<ArrayBuffer>, "a.flac"),
    model: "whisper-1",
    response_format: "srt",
  });
  const speech = await client.audio.speech.create({
    model: "tts-1",
    voice: "alloy",
    input: "Logged speech.",
  });
  await speech.arrayBuffer();
  const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
  match(
    metrics,
    /ai_router_audio_requests_total\{endpoint="transcriptions",backend="whisper",format="srt",status="200"\} 1/,
  );
  match(
    metrics,
    /ai_router_audio_requests_total\{endpoint="speech",backend="piper",format="mp3",status="200"\} 1/,
  );
  match(metrics, /ai_router_audio_seconds_total\{endpoint="transcriptions"\} \d/);
  match(metrics, /ai_router_audio_bytes_total\{endpoint="speech",direction="out"\} [1-9]\d+/);
  const routes = entries.map((e) => e.route).sort();
  equal(routes.join(","), "AUDIO_TRANSCRIPTION,SPEECH");
  const transcription = entries.find((e) => e.route === "AUDIO_TRANSCRIPTION");
  match(transcription?.steps[0]?.response_content ?? "", /Simulated transcript/);
  ok((transcription?.steps[0]?.params.seconds as number) > 0.5);
});
