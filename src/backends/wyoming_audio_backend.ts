import type { Ffmpeg } from "../audio/ffmpeg.ts";
import { toPcm } from "../audio/to_pcm.ts";
import { toPcmSeconds } from "../audio/wav_header.ts";
import type { BackendConfig } from "../config/backend_schema.ts";
import { ApiError } from "../api_error.ts";
import type { SpeechBackend, TranscriptionBackend } from "./audio_backend.ts";
import { toAudioUpstreamError } from "./audio_upstream_error.ts";
import type { ProbeResult } from "./backend.ts";
import { describeWyoming, synthesizeWyoming, transcribeWyoming } from "./wyoming_client.ts";

/** Options for the Wyoming audio backends. */
export interface WyomingBackendOptions {
  ffmpeg: Ffmpeg;
  timeoutMs: number;
  probeTimeoutMs?: number;
}

async function probeWyoming(url: string, signal: AbortSignal, timeoutMs: number): Promise<ProbeResult> {
  const started = performance.now();
  try {
    await describeWyoming(url, { signal, timeoutMs });
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: message };
  }
}

async function call<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw toAudioUpstreamError(error, name);
  }
}

/** Whisper over Wyoming: PCM only and no timings, so the duration comes from the PCM length. */
export function createWyomingTranscriptionBackend(
  name: string,
  config: BackendConfig,
  { ffmpeg, timeoutMs, probeTimeoutMs = 2_000 }: WyomingBackendOptions,
): TranscriptionBackend {
  const url = config.urls[0] as string;
  return {
    name,
    kind: "wyoming",
    transcribe: async (request) => {
      const { pcm, format } = await toPcm(request.audio, {
        container: request.container,
        ffmpeg,
        signal: request.signal,
      });
      const options = { signal: request.signal, timeoutMs };
      const result = await call(
        name,
        () => transcribeWyoming(url, { pcm, format, language: request.language }, options),
      );
      return {
        text: result.text.trim(),
        language: result.language ?? request.language,
        duration: toPcmSeconds(pcm.byteLength, format),
        segments: [],
        words: [],
      };
    },
    probe: (signal = new AbortController().signal) => probeWyoming(url, signal, probeTimeoutMs),
  };
}

/** Piper over Wyoming: speed is server-wide, so the caller applies it with ffmpeg. */
export function createWyomingSpeechBackend(
  name: string,
  config: BackendConfig,
  { timeoutMs, probeTimeoutMs = 2_000 }: WyomingBackendOptions,
): SpeechBackend {
  const url = config.urls[0] as string;
  return {
    name,
    kind: "wyoming",
    synthesize: async (request) => {
      const options = { signal: request.signal, timeoutMs };
      const speech = await call(name, () => synthesizeWyoming(url, request, options));
      return { ...speech, speedApplied: false };
    },
    listVoices: async (signal = new AbortController().signal) => {
      const info = await describeWyoming(url, { signal, timeoutMs: probeTimeoutMs });
      const programs = Array.isArray(info.tts) ? info.tts : [];
      return programs.flatMap((p: { voices?: Array<{ name?: unknown }> }) =>
        (p.voices ?? []).map((v) => String(v.name))
      );
    },
    probe: (signal = new AbortController().signal) => probeWyoming(url, signal, probeTimeoutMs),
  };
}
