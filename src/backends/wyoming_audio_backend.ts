import type { Ffmpeg } from "../audio/ffmpeg.ts";
import { detectLanguage } from "../audio/detect_language.ts";
import { toPcm } from "../audio/to_pcm.ts";
import { toPcmSeconds } from "../audio/wav_header.ts";
import type { BackendConfig } from "../config/backend_schema.ts";
import { ApiError } from "../api_error.ts";
import type { SpeechBackend, TranscriptionBackend } from "./audio_backend.ts";
import type { VoiceChoice } from "../audio/choose_voice.ts";
import { toAudioUpstreamError } from "./audio_upstream_error.ts";
import type { ProbeResult } from "./backend.ts";
import { transcribeInPieces } from "./transcribe_in_pieces.ts";
import { describeWyoming, synthesizeWyoming, transcribeWyoming } from "./wyoming_client.ts";

/** Options for the Wyoming audio backends. */
export interface WyomingBackendOptions {
  ffmpeg: Ffmpeg;
  timeoutMs: number;
  probeTimeoutMs?: number;
}

async function probeWyoming(
  url: string,
  { signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number },
): Promise<ProbeResult> {
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

/**
 * Whisper over Wyoming: PCM only and no timings, so the duration comes from the PCM length and segment timings
 * from splitting the audio at its pauses when the client asked for them (srt, vtt, verbose_json).
 */
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
      const duration = toPcmSeconds(pcm.byteLength, format);
      const transcribe = (piece: Uint8Array) =>
        call(name, () => transcribeWyoming(url, { pcm: piece, format, language: request.language }, options));
      if (request.timestamps) {
        // Wyoming carries no timings: split at pauses so subtitles and verbose_json have real segments.
        const pieces = await transcribeInPieces(pcm, format, { transcribe });
        if (pieces) {
          return { ...pieces, language: pieces.language ?? request.language, duration, words: [] };
        }
      }
      const result = await transcribe(pcm);
      const text = result.text.trim();
      return {
        text,
        language: result.language ?? request.language ?? detectLanguage(text),
        duration,
        segments: [],
        words: [],
      };
    },
    probe: (signal = new AbortController().signal) =>
      probeWyoming(url, { signal, timeoutMs: probeTimeoutMs }),
  };
}

/** The speaker names each voice lists in a Wyoming `info` (wyoming-piper: `speakers: [{name}]`, in id order). */
export function readSpeakerNames(info: Record<string, unknown>): Map<string, string[]> {
  const programs = Array.isArray(info.tts) ? info.tts : [];
  const voices = programs.flatMap((p: { voices?: Array<{ name?: unknown; speakers?: unknown }> }) =>
    p.voices ?? []
  );
  return new Map(
    voices.filter((v) => Array.isArray(v.speakers)).map((v) => [
      String(v.name),
      (v.speakers as Array<{ name?: unknown }>).map((s) => String(s.name)),
    ]),
  );
}

/**
 * Sends a speaker id as the speaker's name: wyoming-piper tries a speaker as a name before an id
 * (rhasspy/wyoming-piper handler.py `_synthesize_piper`), and numbers name other speakers in some voices.
 * The names come from the server's `info` list, whose order is the id order (`voices.json` maps are).
 */
function createSpeakerNamer(url: string, timeoutMs: number) {
  let names: Promise<Map<string, string[]>> | undefined;
  return async (voice: VoiceChoice, signal: AbortSignal): Promise<VoiceChoice> => {
    if (typeof voice.speaker !== "number") return voice;
    names ??= describeWyoming(url, { signal, timeoutMs }).then(readSpeakerNames);
    const name = await names.then((n) => n.get(voice.name)?.[voice.speaker as number], () => {
      names = undefined; // ask again next time; this request sends the id
      return undefined;
    });
    return name === undefined ? voice : { name: voice.name, speaker: name };
  };
}

/** Piper over Wyoming: speed is server-wide, so the caller applies it with ffmpeg. */
export function createWyomingSpeechBackend(
  name: string,
  config: BackendConfig,
  { timeoutMs, probeTimeoutMs = 2_000 }: WyomingBackendOptions,
): SpeechBackend {
  const url = config.urls[0] as string;
  const nameSpeaker = createSpeakerNamer(url, probeTimeoutMs);
  return {
    name,
    kind: "wyoming",
    synthesize: async (request) => {
      const options = { signal: request.signal, timeoutMs };
      const voice = await nameSpeaker(request.voice, request.signal);
      const speech = await call(name, () => synthesizeWyoming(url, { ...request, voice }, options));
      return { ...speech, speedApplied: false };
    },
    listVoices: async (signal = new AbortController().signal) => {
      const info = await describeWyoming(url, { signal, timeoutMs: probeTimeoutMs });
      const programs = Array.isArray(info.tts) ? info.tts : [];
      return programs.flatMap((p: { voices?: Array<{ name?: unknown }> }) =>
        (p.voices ?? []).map((v) => String(v.name))
      );
    },
    probe: (signal = new AbortController().signal) =>
      probeWyoming(url, { signal, timeoutMs: probeTimeoutMs }),
  };
}
