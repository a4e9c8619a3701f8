import { deepEqual, equal, rejects } from "node:assert/strict";
import { ApiError } from "../api_error.ts";
import { toWav } from "../audio/wav_header.ts";
import { audioSchema } from "../config/audio_schema.ts";
import { toBase64 } from "../base64.ts";
import { parseTranscriptionRequest } from "./transcription_request.ts";

const config = audioSchema.parse({});
const wav = toWav({ rate: 16000, width: 2, channels: 1 }, new Uint8Array(3200));
const URL = "http://router.test/v1/audio/transcriptions";

function toMultipart(fields: Record<string, string | Blob>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request(URL, { method: "POST", body: form });
}

Deno.test("parseTranscriptionRequest() reads a multipart upload and sniffs its container", async () => {
  const input = await parseTranscriptionRequest(
    toMultipart({
      file: new File([wav], "a.mp3"),
      model: "whisper-1",
      language: "de",
      response_format: "text",
    }),
    { config, task: "transcribe" },
  );
  equal(input.container, "wav");
  equal(input.model, "whisper-1");
  equal(input.language, "de");
  equal(input.format, "text");
  equal(input.audio.byteLength, wav.byteLength);
  deepEqual([input.words, input.stream], [false, false]);
});

Deno.test("parseTranscriptionRequest() reads Open WebUI's JSON upload, dropping language for translations", async () => {
  const body = JSON.stringify({
    model: "",
    language: "de",
    input_audio: { data: toBase64(wav), format: "mp3" },
  });
  const request = new Request(URL, { method: "POST", body, headers: { "content-type": "application/json" } });
  const input = await parseTranscriptionRequest(request, { config, task: "translate" });
  equal(input.container, "wav");
  equal(input.language, undefined);
  equal(input.format, "json");
});

Deno.test("parseTranscriptionRequest() answers bad uploads with 400s naming the parameter", async () => {
  const cases: Array<[Request, string | null, string]> = [
    [toMultipart({ model: "m" }), "file", "missing_required_parameter"],
    [toMultipart({ file: new File([new Uint8Array(64)], "a.wav") }), "file", "invalid_file_format"],
    [
      toMultipart({ file: new File([wav], "a.wav"), response_format: "xml" }),
      "response_format",
      "invalid_value",
    ],
    [toMultipart({ file: new File([wav], "a.wav"), temperature: "3" }), "temperature", "invalid_value"],
    [
      new Request(URL, { method: "POST", body: "x", headers: { "content-type": "text/plain" } }),
      null,
      "invalid_content_type",
    ],
  ];
  for (const [request, param, code] of cases) {
    await rejects(parseTranscriptionRequest(request, { config, task: "transcribe" }), (error: ApiError) => {
      deepEqual([error.status, error.param, error.code], [400, param, code]);
      return true;
    });
  }
});

Deno.test("parseTranscriptionRequest() answers an upload over maxUploadBytes with 413", async () => {
  const small = { ...config, maxUploadBytes: 1000 };
  await rejects(
    parseTranscriptionRequest(toMultipart({ file: new File([wav], "a.wav") }), {
      config: small,
      task: "transcribe",
    }),
    (error: ApiError) => error.status === 413 && error.code === "file_too_large",
  );
});
