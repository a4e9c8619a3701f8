import { deepEqual, equal, match } from "node:assert/strict";
import { loadConfig } from "../src/config/load_config.ts";
import { startAudioTestRouter } from "./audio_upstreams.ts";
import { runCli } from "./run_cli.ts";

const THOR = new URL("../infra/thor.yaml", import.meta.url).pathname;
/** openedai-speech's voice_to_speaker.default.yaml: libritts_r speaker ids for the OpenAI names. */
const OPENEDAI_SPEAKER_IDS: Record<string, number> = {
  alloy: 79,
  echo: 134,
  onyx: 159,
  nova: 107,
  shimmer: 163,
};

async function speak(baseUrl: string, voice: string) {
  const response = await fetch(`${baseUrl}/v1/audio/speech`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer unused" },
    body: JSON.stringify({ model: "tts-1", voice, input: "Hello there.", response_format: "pcm" }),
  });
  await response.body?.cancel();
  equal(response.status, 200);
}

Deno.test("POST /v1/audio/speech plays the libritts_r speakers the Thor profile means on wyoming-piper", async () => {
  const { config } = await loadConfig(THOR);
  const renamed = Object.entries(config.audio.voices).map(([name, v]) =>
    `    thor-${name}: { voice: ${v.voice}${
      v.speaker === undefined ? "" : `, speaker: ${JSON.stringify(v.speaker)}`
    } }`
  );
  await using audio = await startAudioTestRouter({ piper: "wyoming", audioYaml: renamed.join("\n") });
  for (const name of Object.keys(OPENEDAI_SPEAKER_IDS)) await speak(audio.router.baseUrl, `thor-${name}`);
  deepEqual(
    Object.fromEntries(
      audio.piperSpoken().map((s, i) => [Object.keys(OPENEDAI_SPEAKER_IDS)[i], s.speakerId]),
    ),
    OPENEDAI_SPEAKER_IDS,
  );
});

Deno.test("POST /v1/audio/speech sends a configured speaker id as the speaker's name from the server's info", async () => {
  await using audio = await startAudioTestRouter({ piper: "wyoming" });
  await speak(audio.router.baseUrl, "echo"); // speaker: 134 in the test config
  deepEqual(audio.piperSpoken().map(({ text: _, ...rest }) => rest), [
    { voice: "en_US-libritts_r-medium", speaker: "7000", speakerId: 134 },
  ]);
});

Deno.test("ai-router check refuses a numeric speaker that wyoming-piper would read as another speaker's name", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const yaml = 'backends:\n  primary: { urls: ["http://127.0.0.1:9/v1"], model: sim }\n' +
      "audio:\n  voices:\n    alloy: { voice: en_US-libritts_r-medium, speaker: 79 }\n";
    await Deno.writeTextFile(`${dir}/voices.yaml`, yaml);
    const result = await runCli(["check", "--config", `${dir}/voices.yaml`]);
    equal(result.code, 78);
    match(
      result.stderr,
      /audio\.voices\.alloy\.speaker: Speaker 79 of "en_US-libritts_r-medium" is also the name/,
    );
    match(result.stderr, /speaker id 280.*speaker: "7717"/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ai-router check refuses wyoming-piper unpinned or with its web UI open beyond loopback", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const tts = (image: string, cmd: string) =>
      `device: { name: test, memoryGib: 8 }\ncontainers:\n  tts: { kind: wyoming, image: "${image}", cmd: ${cmd}, ` +
      "port: 10200, memory: { fixedGib: 0.5 } }\n";
    const config = 'backends:\n  primary: { urls: ["http://127.0.0.1:9/v1"], model: sim }\n' +
      `supervisor: { profile: ${dir}/profile.yaml }\n`;
    await Deno.writeTextFile(`${dir}/ai-router.yaml`, config);
    await Deno.writeTextFile(`${dir}/profile.yaml`, tts("rhasspy/wyoming-piper:latest", "[--voice, x]"));
    const latest = await runCli(["check", "--config", `${dir}/ai-router.yaml`]);
    equal(latest.code, 78);
    match(latest.stderr, /containers\.tts\.image: Pin the image tag/);
    match(
      latest.stderr,
      /containers\.tts\.cmd: wyoming-piper's image starts an unauthenticated web UI on 0\.0\.0\.0:5000/,
    );
    await Deno.writeTextFile(
      `${dir}/profile.yaml`,
      tts("rhasspy/wyoming-piper:2.4.0", "[--voice, x, --web-server-host, 127.0.0.1]"),
    );
    const pinned = await runCli(["check", "--config", `${dir}/ai-router.yaml`]);
    equal(pinned.code, 0, pinned.stderr);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
