/**
 * The audio routes go through container supervision like chat does: they wait for their backend's container
 * (`ensureReady` with the request's signal) and pass its 503 on. A stub stands in for the Supervisor here; the
 * real one against dockerd is covered by tests/supervisor_docker_test.ts.
 */
import assert from "node:assert/strict";
import { toFile } from "openai";
import { unavailable } from "../src/api_error.ts";
import type { Supervision } from "../src/supervisor/supervision.ts";
import { createSpeechFixtures } from "./audio_fixtures.ts";
import { startAudioTestRouter } from "./audio_upstreams.ts";

interface StubSupervision extends Supervision {
  /** Backends `ensureReady` was called for, in order. */
  calls: string[];
  /** Makes `ensureReady` wait until the returned function is called. */
  hold(): () => void;
  /** Makes `ensureReady` fail as a cold start past the limit does. */
  refuse(): void;
}

function createStubSupervision(): StubSupervision {
  const calls: string[] = [];
  let held: Promise<void> | undefined;
  let refusing = false;
  return {
    calls,
    hold() {
      let release!: () => void;
      held = new Promise((resolve) => release = resolve);
      return () => {
        held = undefined;
        release();
      };
    },
    refuse() {
      refusing = true;
    },
    async ensureReady(backend, signal) {
      calls.push(backend);
      assert.equal(signal.aborted, false);
      if (refusing) {
        throw unavailable(`Backend "${backend}" is not ready: container is starting after 300 s`, 300);
      }
      await held;
    },
    isReady: () => held === undefined && !refusing,
    expectsUp: () => true,
    touch: () => {},
    describe: () => ({ enabled: true, containers: {} }),
  };
}

async function waitFor(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; !check(); i++) {
    if (i > 2_000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

Deno.test("the audio routes wait for their backend's container before calling it", async () => {
  await using fixtures = await createSpeechFixtures();
  const supervision = createStubSupervision();
  await using audio = await startAudioTestRouter({
    whisper: "openai",
    wyomingTranslator: true,
    piper: "v1.5",
    routerOptions: { supervision },
  });
  const { client } = audio.router;
  const release = supervision.hold();
  const transcription = client.audio.transcriptions.create({
    file: await toFile(fixtures.files.wav as Uint8Array<ArrayBuffer>, "speech.wav"),
    model: "whisper-1",
  });
  await waitFor("ensureReady(whisper)", () => supervision.calls.includes("whisper"));
  assert.equal(audio.whisperRequests(), 0, "Whisper is not called while its container starts");
  release();
  assert.match((await transcription).text, /^Simulated transcript/);
  assert.equal(audio.whisperRequests(), 1);

  const translation = await client.audio.translations.create({
    file: await toFile(fixtures.files.wav as Uint8Array<ArrayBuffer>, "speech.wav"),
    model: "whisper-1",
  });
  assert.equal(typeof translation.text, "string");

  const speech = await client.audio.speech.create({ model: "tts-1", voice: "alloy", input: "Hello." });
  assert.ok((await speech.arrayBuffer()).byteLength > 0);
  assert.equal(audio.piperRequests().length, 1);
  assert.deepEqual(supervision.calls, ["whisper", "translator", "piper"]);
});

Deno.test("the audio routes answer 503 with Retry-After when their container does not start in time", async () => {
  await using fixtures = await createSpeechFixtures();
  const supervision = createStubSupervision();
  await using audio = await startAudioTestRouter({
    whisper: "openai",
    piper: "v1.5",
    routerOptions: { supervision },
  });
  supervision.refuse();
  const form = new FormData();
  form.append("file", new Blob([fixtures.files.wav!]), "speech.wav");
  form.append("model", "whisper-1");
  const responses = [
    await fetch(`${audio.router.baseUrl}/v1/audio/transcriptions`, { method: "POST", body: form }),
    await fetch(`${audio.router.baseUrl}/v1/audio/speech`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "tts-1", voice: "alloy", input: "Hello." }),
    }),
  ];
  for (const response of responses) {
    assert.equal(response.status, 503);
    assert.equal(response.headers.get("retry-after"), "300");
    const body = await response.json();
    assert.equal(body.error.code, "backend_unavailable");
    assert.match(body.error.message, /is not ready: container is starting after 300 s/);
  }
  assert.deepEqual(supervision.calls, ["whisper", "piper"]);
  assert.equal(audio.whisperRequests(), 0);
  assert.equal(audio.piperRequests().length, 0);
});
