import { equal, match, ok } from "node:assert/strict";
import OpenAI, { toFile } from "openai";
import { createSpeechFixtures } from "./audio_fixtures.ts";
import { startAudioTestRouter } from "./audio_upstreams.ts";
import { findFreePort } from "./find_free_port.ts";

async function expectError(
  promise: Promise<unknown>,
  { status, param, pattern }: { status: number; param: string | null; pattern: RegExp },
) {
  const error = await promise.then(() => undefined, (e) => e);
  ok(error instanceof OpenAI.APIError, `expected an APIError, got ${error}`);
  equal(error.status, status);
  equal(error.param, param);
  match(error.message, pattern);
  ok(error.requestID);
}

Deno.test("POST /v1/audio/transcriptions rejects bad uploads with OpenAI errors and keeps serving", async () => {
  await using fixtures = await createSpeechFixtures("Short test.");
  await using audio = await startAudioTestRouter({
    whisper: "wyoming",
    audioYaml: "  maxUploadBytes: 200000",
  });
  const { client } = audio.router;
  const transcribe = (
    bytes: Uint8Array<ArrayBuffer>,
    name: string,
    { extra = {} }: { extra?: Record<string, unknown> } = {},
  ) =>
    toFile(bytes, name).then((file) =>
      client.audio.transcriptions.create({ file, model: "whisper-1", ...extra })
    );

  await expectError(transcribe(new Uint8Array(), "empty.wav"), {
    status: 400,
    param: "file",
    pattern: /empty/,
  });
  await expectError(transcribe(new TextEncoder().encode("this is not audio at all, just text"), "fake.mp3"), {
    status: 400,
    param: "file",
    pattern: /Invalid file format/,
  });
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await expectError(transcribe(png, "image.wav"), {
    status: 400,
    param: "file",
    pattern: /Supported formats/,
  });
  await expectError(transcribe(new Uint8Array(300_000), "big.wav"), {
    status: 413,
    param: "file",
    pattern: /Maximum/,
  });
  await expectError(
    transcribe(fixtures.files.wav as Uint8Array<ArrayBuffer>, "a.wav", {
      extra: { response_format: "diarized_json" },
    }),
    { status: 400, param: "response_format", pattern: /diarized_json/ },
  );
  // Right magic bytes, broken body: ffmpeg cannot decode it.
  const broken = new Uint8Array(2000);
  broken.set(new TextEncoder().encode("OggS"));
  await expectError(transcribe(broken, "b.ogg"), { status: 400, param: "file", pattern: /Cannot decode/ });
  equal(audio.whisperRequests(), 0);

  const ok200 = await transcribe(fixtures.files.wav as Uint8Array<ArrayBuffer>, "a.wav");
  match(ok200.text, /^Simulated transcript/);
});

Deno.test("POST /v1/audio/transcriptions answers 502 when the Wyoming server is down", async () => {
  await using fixtures = await createSpeechFixtures("Down.");
  const port = findFreePort();
  await using audio = await startAudioTestRouter({
    routerOptions: {
      extraBackendsYaml:
        `  whisper:\n    kind: wyoming\n    urls: ["tcp://127.0.0.1:${port}"]\n    model: tiny\n`,
    },
    audioYaml: "  transcriptionBackend: whisper",
  });
  await expectError(
    audio.router.client.audio.transcriptions.create({
      file: await toFile(fixtures.files.wav as Uint8Array<ArrayBuffer>, "a.wav"),
      model: "whisper-1",
    }),
    { status: 502, param: null, pattern: /whisper/ },
  );
});

Deno.test("POST /v1/audio/speech rejects bad requests with OpenAI errors and keeps serving", async () => {
  await using audio = await startAudioTestRouter({ piper: "wyoming" });
  const { client } = audio.router;
  const speak = (extra: Record<string, unknown>) =>
    client.audio.speech.create({ model: "tts-1", voice: "alloy", input: "Hello.", ...extra });
  await expectError(speak({ voice: "no-such-voice" }), {
    status: 400,
    param: "voice",
    pattern: /Unknown voice "no-such-voice"/,
  });
  await expectError(speak({ speed: 4.5 }), { status: 400, param: "speed", pattern: /at most 4/ });
  await expectError(speak({ speed: 0.1 }), { status: 400, param: "speed", pattern: /at least 0.25/ });
  await expectError(speak({ input: "x".repeat(4097) }), { status: 400, param: "input", pattern: /4096/ });
  await expectError(speak({ input: "" }), { status: 400, param: "input", pattern: /empty/ });
  await expectError(speak({ response_format: "ogg" }), {
    status: 400,
    param: "response_format",
    pattern: /Invalid/,
  });
  // A Piper id the server does not have: its Wyoming error event becomes a 502.
  await expectError(speak({ voice: "en_GB-nobody-low" }), {
    status: 502,
    param: null,
    pattern: /Unable to find voice/,
  });
  const response = await speak({ response_format: "wav" });
  equal(response.headers.get("content-type"), "audio/wav");
  await response.body?.cancel();
});

Deno.test("POST /v1/audio/speech answers 504 when a Wyoming server accepts and never answers", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const held: Deno.Conn[] = [];
  const accepting = (async () => {
    for await (const conn of listener) held.push(conn);
  })();
  try {
    const url = `tcp://127.0.0.1:${(listener.addr as Deno.NetAddr).port}`;
    await using audio = await startAudioTestRouter({
      routerOptions: {
        extraBackendsYaml: `  piper:\n    kind: wyoming\n    urls: ["${url}"]\n    model: v\n`,
      },
      audioYaml: "  speechBackend: piper\n  timeoutMs: 300",
    });
    await expectError(
      audio.router.client.audio.speech.create({ model: "tts-1", voice: "alloy", input: "Anyone there?" }),
      { status: 504, param: null, pattern: /did not answer in time/ },
    );
  } finally {
    listener.close();
    await accepting;
    for (const conn of held) conn.close();
  }
});
