import { Hono } from "hono";
import type { Context } from "hono";
import { renderTranscript, toTranscriptEvents } from "../audio/transcript_formats.ts";
import { invalidRequest, toStatus } from "../api_error.ts";
import { callWhenReady } from "../supervisor/await_backend_ready.ts";
import { recordAudio } from "./record_audio.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";
import { parseTranscriptionRequest } from "./transcription_request.ts";

/** Parse → pick the backend → transcribe → render; shared by transcriptions and translations. */
export async function answerTranscription(
  c: Context<AppEnv>,
  { deps, task }: { deps: RouteDeps; task: "transcribe" | "translate" },
): Promise<Response> {
  const startedAt = performance.now();
  const state = deps.state.current();
  const input = await parseTranscriptionRequest(c.req.raw, { config: state.config.audio, task });
  c.get("checkModel")(input.model);
  const backend = task === "translate" ? state.audio.translation : state.audio.transcription;
  if (!backend) {
    const key = task === "translate" ? "audio.translationBackend" : "audio.transcriptionBackend";
    throw invalidRequest(`Cannot ${task} audio: no backend is configured (set ${key})`, {
      param: "model",
      code: "audio_not_configured",
    });
  }
  const endpoint = task === "translate" ? "translations" : "transcriptions";
  const backendConfig = state.config.backends[backend.name];
  const record = {
    requestId: c.get("requestId"),
    user: c.get("user").id,
    endpoint,
    route: task === "translate" ? "AUDIO_TRANSLATION" : "AUDIO_TRANSCRIPTION",
    backend: backend.name,
    url: backendConfig?.urls[0] ?? "",
    model: backendConfig?.model ?? "",
    format: input.format,
    bytesIn: input.audio.byteLength,
    startedAt,
    query: `[${input.container} audio, ${input.audio.byteLength} bytes]`,
  };
  let transcript;
  try {
    const signal = c.req.raw.signal;
    transcript = await callWhenReady(
      () =>
        backend.transcribe({
          ...input,
          task,
          signal,
          requestId: record.requestId,
          timestamps: input.format === "srt" || input.format === "vtt" || input.format === "verbose_json",
        }),
      { supervision: deps.supervision, backend: backend.name, signal },
    );
  } catch (error) {
    const status = toStatus(error);
    const message = error instanceof Error ? error.message : String(error);
    recordAudio({ session: c.get("session"), metrics: deps.metrics, clock: deps.clock }, {
      ...record,
      status,
      seconds: 0,
      bytesOut: 0,
      response: "",
      error: message,
    });
    throw error;
  }
  const headers = { "x-ai-router-backend": backend.name, "x-ai-router-route": record.route };
  const rendered = input.stream
    ? { body: toTranscriptEvents(transcript), contentType: "text/event-stream; charset=utf-8" }
    : renderTranscript(transcript, input.format, { task, words: input.words });
  const bytesOut = new TextEncoder().encode(rendered.body).byteLength;
  recordAudio({ session: c.get("session"), metrics: deps.metrics, clock: deps.clock }, {
    ...record,
    status: 200,
    seconds: transcript.duration,
    bytesOut,
    response: transcript.text,
    error: null,
  });
  return new Response(rendered.body, { headers: { "content-type": rendered.contentType, ...headers } });
}

/** `POST /v1/audio/transcriptions`: multipart, or Open WebUI's JSON variant (its `model` may be empty). */
export function createTranscriptionRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post(
    "/audio/transcriptions",
    (c) => answerTranscription(c, { deps, task: "transcribe" }),
  );
}
