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

Deno.test("Whisper and Piper appear in ai_router_backend_up, /stats and the status page; a dead Piper is down", async () => {
  await using audio = await startAudioTestRouter({
    whisper: "wyoming",
    audioYaml: "  speechBackend: piper",
    // Piper configured but not running: port 9 (discard) refuses connections on loopback.
    routerOptions: {
      extraBackendsYaml:
        '  piper:\n    kind: wyoming\n    urls: ["tcp://127.0.0.1:9"]\n    model: en_US-lessac-medium\n',
    },
  });
  const { baseUrl } = audio.router;
  const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
  match(metrics, /^ai_router_backend_up\{backend="whisper"\} 1$/m);
  match(metrics, /^ai_router_backend_expected_up\{backend="whisper"\} 1$/m);
  match(metrics, /^ai_router_backend_up\{backend="piper"\} 0$/m);
  match(
    metrics,
    /^ai_router_backend_expected_up\{backend="piper"\} 1$/m,
    "so AiRouterBackendDown fires for it",
  );
  const stats = await (await fetch(`${baseUrl}/stats`)).json();
  const byName = Object.fromEntries(
    stats.services.map((s: { name: string; roles: string[]; state: string }) => [s.name, s]),
  );
  equal(byName.whisper.state, "up");
  equal(byName.whisper.roles.join(","), "transcription");
  equal(byName.piper.state, "down");
  equal(byName.piper.roles.join(","), "speech");
  ok(byName.piper.problem, "the probe's error");
  const page = await (await fetch(`${baseUrl}/`)).text();
  match(page, /piper \(text to speech\) is not answering/, "the first line names Piper in plain words");
});
