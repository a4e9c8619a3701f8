import { Hono } from "hono";
import { z } from "zod";
import { chooseVoice } from "../audio/choose_voice.ts";
import { encodeSpeech } from "../audio/encode_speech.ts";
import { toPcmSeconds } from "../audio/wav_header.ts";
import { invalidRequest, toStatus } from "../api_error.ts";
import { callWhenReady } from "../supervisor/await_backend_ready.ts";
import { parseRequest } from "./parse_request.ts";
import { CLIENT_CLOSED_STATUS } from "../logs/session_log_entry.ts";
import { readJsonBody } from "./read_json_body.ts";
import { type AudioRecord, recordAudio } from "./record_audio.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";
import { toSpeechEvents } from "../audio/speech_events.ts";

/** `POST /v1/audio/speech`; unknown fields are ignored (Open WebUI merges arbitrary params in). */
export const speechRequestSchema = z.looseObject({
  model: z.string().optional(),
  input: z.string().min(1, "input must not be empty").max(4096, "input must be at most 4096 characters"),
  voice: z.union([z.string().min(1), z.looseObject({ id: z.string().min(1) })]),
  instructions: z.string().max(4096).optional(),
  "response_format": z.enum(["mp3", "opus", "aac", "flac", "wav", "pcm"]).default("mp3"),
  speed: z.number().min(0.25, "speed must be at least 0.25").max(4, "speed must be at most 4.0").default(1),
  "stream_format": z.enum(["audio", "sse"]).default("audio"),
});

/** Counts bytes as they pass and reports once the stream ends or the client leaves. */
function countBytes(body: ReadableStream<Uint8Array>, onEnd: (bytes: number, error: string | null) => void) {
  let bytes = 0;
  let done = false;
  const finish = (error: string | null) => {
    if (!done) onEnd(bytes, error);
    done = true;
  };
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      flush: () => finish(null),
      cancel: () => finish("cancelled"),
    }),
  );
}

/** `POST /v1/audio/speech`: Piper PCM, encoded by ffmpeg to mp3 (default) or what was asked. */
export function createSpeechRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/audio/speech", async (c) => {
    const startedAt = performance.now();
    const state = deps.state.current();
    const request = parseRequest(speechRequestSchema, await readJsonBody(c.req.raw, 1024 * 1024));
    c.get("checkModel")(request.model);
    const backend = state.audio.speech;
    if (!backend) {
      throw invalidRequest("Cannot speak: no backend is configured (set audio.speechBackend)", {
        param: "model",
        code: "audio_not_configured",
      });
    }
    const voiceName = typeof request.voice === "string" ? request.voice : request.voice.id;
    const voice = chooseVoice(voiceName, state.config.audio);
    const backendConfig = state.config.backends[backend.name];
    const record: Omit<AudioRecord, "status" | "seconds" | "bytesOut" | "response" | "error"> = {
      requestId: c.get("requestId"),
      user: c.get("user").id,
      endpoint: "speech",
      route: "SPEECH",
      backend: backend.name,
      url: backendConfig?.urls[0] ?? "",
      model: backendConfig?.model ?? "",
      format: request.response_format,
      bytesIn: new TextEncoder().encode(request.input).byteLength,
      startedAt,
      query: request.input,
    };
    const signal = c.req.raw.signal;
    let speech;
    try {
      speech = await callWhenReady(
        () =>
          backend.synthesize({
            text: request.input,
            voice,
            speed: request.speed,
            signal,
            requestId: record.requestId,
          }),
        { supervision: deps.supervision, backend: backend.name, signal },
      );
    } catch (error) {
      const status = toStatus(error);
      recordAudio({ session: c.get("session"), metrics: deps.metrics, clock: deps.clock }, {
        ...record,
        status,
        seconds: 0,
        bytesOut: 0,
        response: "",
        error: String(error),
      });
      throw error;
    }
    const seconds = toPcmSeconds(speech.pcm.byteLength, speech.format) /
      (speech.speedApplied ? 1 : request.speed);
    const encoded = await encodeSpeech(speech, {
      format: request.response_format,
      speed: request.speed,
      ffmpeg: state.audio.ffmpeg,
      signal,
    });
    const onEnd = (bytesOut: number, error: string | null) =>
      recordAudio({ session: c.get("session"), metrics: deps.metrics, clock: deps.clock }, {
        ...record,
        // The only error here is the client leaving mid-answer: 499 as for chat (session_recorder.ts).
        status: error === null ? 200 : CLIENT_CLOSED_STATUS,
        seconds,
        bytesOut,
        response: `[${seconds.toFixed(2)} s of audio]`,
        error,
      });
    const headers = { "x-ai-router-backend": backend.name, "x-ai-router-route": "SPEECH" };
    if (request.stream_format === "sse") {
      const body = countBytes(toSpeechEvents(encoded.body), onEnd);
      return new Response(body, {
        headers: { "content-type": "text/event-stream; charset=utf-8", ...headers },
      });
    }
    return new Response(countBytes(encoded.body, onEnd), {
      headers: { "content-type": encoded.contentType, ...headers },
    });
  });
}
