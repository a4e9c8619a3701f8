import { createFfmpeg, type Ffmpeg } from "../audio/ffmpeg.ts";
import type { BackendConfig } from "../config/backend_schema.ts";
import type { Config } from "../config/config_schema.ts";
import type { SecretLookup } from "../config/load_secrets.ts";
import type { SpeechBackend, TranscriptionBackend } from "./audio_backend.ts";
import { createOpenAiSpeechBackend, createOpenAiTranscriptionBackend } from "./openai_audio_backend.ts";
import { createPiperHttpBackend } from "./piper_http_backend.ts";
import { createWyomingSpeechBackend, createWyomingTranscriptionBackend } from "./wyoming_audio_backend.ts";

/** The speech side of the router state: ffmpeg and the backends the `audio` section names. */
export interface AudioRuntime {
  ffmpeg: Ffmpeg;
  transcription?: TranscriptionBackend;
  /** Wyoming Whisper translates only when started with `--whisper-task translate`: name it explicitly. */
  translation?: TranscriptionBackend;
  speech?: SpeechBackend;
}

function buildTranscription(
  name: string,
  config: BackendConfig,
  options: AudioBackendOptions,
): TranscriptionBackend {
  if (config.kind === "wyoming") return createWyomingTranscriptionBackend(name, config, options);
  if (config.kind === "openai") return createOpenAiTranscriptionBackend(name, config, options);
  throw new TypeError(`Backend "${name}" of kind "${config.kind}" cannot transcribe`);
}

function buildSpeech(name: string, config: BackendConfig, options: AudioBackendOptions): SpeechBackend {
  if (config.kind === "wyoming") return createWyomingSpeechBackend(name, config, options);
  if (config.kind === "piper-http") return createPiperHttpBackend(name, config, options);
  return createOpenAiSpeechBackend(name, config, options);
}

type AudioBackendOptions = { ffmpeg: Ffmpeg; timeoutMs: number; apiKey?: string | undefined };

/** Builds the audio backends named in `audio`; a wrong kind for a role throws at load time. */
export function createAudioBackends(config: Config, getSecret: SecretLookup): AudioRuntime {
  const { audio } = config;
  const ffmpeg = createFfmpeg(audio.ffmpegPath);
  const optionsFor = (backend: BackendConfig): AudioBackendOptions => ({
    ffmpeg,
    timeoutMs: audio.timeoutMs,
    apiKey: backend.apiKeyEnv ? getSecret(backend.apiKeyEnv) : undefined,
  });
  const runtime: AudioRuntime = { ffmpeg };
  const build = <T>(
    name: string | undefined,
    make: (n: string, c: BackendConfig, o: AudioBackendOptions) => T,
  ) => {
    const backend = name === undefined ? undefined : config.backends[name];
    return name !== undefined && backend ? make(name, backend, optionsFor(backend)) : undefined;
  };
  const transcription = build(audio.transcriptionBackend, buildTranscription);
  if (transcription) runtime.transcription = transcription;
  const translation = audio.translationBackend
    ? build(audio.translationBackend, buildTranscription)
    : transcription?.kind === "wyoming"
    ? undefined
    : transcription;
  if (translation) runtime.translation = translation;
  const speech = build(audio.speechBackend, buildSpeech);
  if (speech) runtime.speech = speech;
  return runtime;
}
