import { readUpstreamBody, readUpstreamJson, type UpstreamAnswer } from "../relay/read_upstream_json.ts";
import type { Ffmpeg } from "../audio/ffmpeg.ts";
import type { Transcript, TranscriptSegment, TranscriptWord } from "../audio/transcript_formats.ts";
import { toPcm } from "../audio/to_pcm.ts";
import { parseWav, toWav } from "../audio/wav_header.ts";
import type { BackendConfig } from "../config/backend_schema.ts";
import { ApiError, invalidRequest, upstreamFailed } from "../api_error.ts";
import type {
  SpeechBackend,
  SpeechRequest,
  TranscriptionBackend,
  TranscriptionRequest,
} from "./audio_backend.ts";
import { toAudioUpstreamError } from "./audio_upstream_error.ts";
import { toHealthUrl } from "./openai_backend.ts";
import type { ProbeResult } from "./backend.ts";
import { readUpstreamMessage, toUpstreamError } from "./upstream_error.ts";

/** Options for the OpenAI-style audio backends. */
export interface OpenAiAudioOptions {
  ffmpeg: Ffmpeg;
  timeoutMs: number;
  apiKey?: string | undefined;
}

type Json = Record<string, unknown>;

/** Normalises a `verbose_json` answer: speaches' OpenAI shape or whisper.cpp's (words nested per segment). */
export function toTranscript(body: Json): Transcript {
  const rawSegments = Array.isArray(body.segments) ? body.segments as Json[] : [];
  const segments: TranscriptSegment[] = rawSegments.map((s) => ({
    start: Number(s.start ?? 0),
    end: Number(s.end ?? 0),
    text: String(s.text ?? ""),
    tokens: Array.isArray(s.tokens) ? s.tokens.map(Number) : [],
    ...(typeof s.avg_logprob === "number" ? { "avg_logprob": s.avg_logprob } : {}),
    ...(typeof s.no_speech_prob === "number" ? { "no_speech_prob": s.no_speech_prob } : {}),
  }));
  const rawWords = Array.isArray(body.words)
    ? body.words as Json[]
    : rawSegments.flatMap((s) => Array.isArray(s.words) ? s.words as Json[] : []);
  const words: TranscriptWord[] = rawWords.map((w) => ({
    word: String(w.word ?? "").trim(),
    start: Number(w.start ?? 0),
    end: Number(w.end ?? 0),
  }));
  const text = String(body.text ?? segments.map((s) => s.text).join("")).trim();
  const duration = Number(body.duration ?? segments.at(-1)?.end ?? 0);
  const language = typeof body.language === "string" ? body.language.toLowerCase() : undefined;
  return { text, language, duration, segments, words };
}

async function probeHttp(config: BackendConfig, signal: AbortSignal): Promise<ProbeResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(toHealthUrl(config), {
      signal: AbortSignal.any([signal, AbortSignal.timeout(2000)]),
    });
    await response.body?.cancel();
    return response.ok
      ? { ok: true, latencyMs: latency() }
      : { ok: false, latencyMs: latency(), error: `status ${response.status}` };
  } catch (error) {
    return { ok: false, latencyMs: latency(), error: error instanceof Error ? error.message : String(error) };
  }
}

async function toAudioError(
  response: Response,
  options: { name: string; abort: (reason?: unknown) => void },
): Promise<ApiError> {
  const { name, abort } = options;
  if (response.status === 415) {
    // speaches says 415 "Failed to decode audio"; OpenAI clients expect a 400.
    const bytes = await readUpstreamBody({ response, abort }, {
      backendName: name,
      idleMs: 10_000,
      maxBytes: 64 * 1024,
    })
      .catch(() => new Uint8Array());
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      body = undefined;
    }
    return invalidRequest(readUpstreamMessage(body) ?? "Cannot decode the audio file", {
      param: "file",
      code: "invalid_audio",
    });
  }
  return await toUpstreamError(response, name, { abort });
}

/** How {@linkcode postAudio} reaches the upstream and whose request it serves. */
interface PostAudioOptions {
  headers: Record<string, string>;
  /** The backend name, for error messages. */
  name: string;
  timeoutMs: number;
  request: { requestId: string; signal: AbortSignal };
}

/**
 * POSTs to an audio endpoint; a failed connection or a non-2xx answer becomes an `ApiError`. The answer is
 * read through the relay's guarded reader ({@linkcode readAudioBody}).
 */
async function postAudio(url: string, body: BodyInit, options: PostAudioOptions): Promise<UpstreamAnswer> {
  const { headers, name, timeoutMs, request } = options;
  const started = performance.now();
  const cut = new AbortController();
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      body,
      headers: { ...headers, "x-request-id": request.requestId },
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs), cut.signal]),
    });
  } catch (error) {
    // The client went away: rethrow its abort rather than reporting an upstream failure.
    if (request.signal.aborted) throw error;
    throw toAudioUpstreamError(error, name);
  }
  if (!response.ok) throw await toAudioError(response, { name, abort: (reason) => cut.abort(reason) });
  return {
    response,
    url,
    headersMs: performance.now() - started,
    release: () => {},
    abort: (reason) => cut.abort(reason),
  };
}

/** Reads an audio answer whole through the guarded reader: stall, client leave, size cap. */
function readAudioBody(upstream: UpstreamAnswer, options: PostAudioOptions) {
  const { name, timeoutMs, request } = options;
  return readUpstreamBody(upstream, { backendName: name, idleMs: timeoutMs, signal: request.signal });
}

/** speaches, whisper.cpp's server and vLLM Whisper: multipart forwarded, `verbose_json` asked for and re-rendered. */
export function createOpenAiTranscriptionBackend(
  name: string,
  config: BackendConfig,
  { ffmpeg, timeoutMs, apiKey }: OpenAiAudioOptions,
): TranscriptionBackend {
  const base = (config.urls[0] as string).replace(/\/+$/, "");
  const headers: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};

  async function toUploadFile(request: TranscriptionRequest): Promise<File> {
    // whisper.cpp cannot read WebM or MP4 without --convert: send 16 kHz WAV when ffmpeg is here.
    if (request.container !== "wav" && await ffmpeg.available()) {
      const { pcm, format } = await toPcm(request.audio, {
        container: request.container,
        ffmpeg,
        signal: request.signal,
      });
      return new File([toWav(format, pcm)], "audio.wav", { type: "audio/wav" });
    }
    return new File([request.audio], `audio.${request.container}`, { type: "application/octet-stream" });
  }

  async function transcribe(request: TranscriptionRequest): Promise<Transcript> {
    const form = new FormData();
    form.set("file", await toUploadFile(request));
    form.set("model", config.model);
    form.set("response_format", "verbose_json");
    const whisperCpp = config.whisperFlavour === "whisper.cpp";
    if (whisperCpp) {
      form.set("language", request.language ?? "auto");
      if (request.task === "translate") form.set("translate", "true");
    } else if (request.language && request.task === "transcribe") form.set("language", request.language);
    if (request.prompt) form.set("prompt", request.prompt);
    if (request.temperature !== undefined) form.set("temperature", String(request.temperature));
    form.append("timestamp_granularities[]", "segment");
    if (request.words) form.append("timestamp_granularities[]", "word");
    // speaches decodes with faster-whisper's `without_timestamps=True` unless told otherwise
    // (speaches-ai/speaches routers/stt.py: `without_timestamps: Annotated[bool, Form()] = True`), which gives
    // one segment per 30-second window: subtitles need real segment timings.
    if (request.timestamps && !whisperCpp) form.set("without_timestamps", "false");
    const path = request.task === "translate" && !whisperCpp
      ? "/audio/translations"
      : "/audio/transcriptions";
    const post = { headers, name, timeoutMs, request };
    const upstream = await postAudio(base + path, form, post);
    const { json } = await readUpstreamJson(upstream, {
      backendName: name,
      idleMs: timeoutMs,
      signal: request.signal,
    });
    return toTranscript(json);
  }

  return {
    name,
    kind: "openai",
    transcribe,
    probe: (signal = new AbortController().signal) => probeHttp(config, signal),
  };
}

/** speaches' TTS: asks for WAV so the router encodes every format the same way. */
export function createOpenAiSpeechBackend(
  name: string,
  config: BackendConfig,
  { timeoutMs, apiKey }: OpenAiAudioOptions,
): SpeechBackend {
  const base = (config.urls[0] as string).replace(/\/+$/, "");
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;

  async function synthesize(request: SpeechRequest) {
    const body = {
      model: config.model,
      input: request.text,
      voice: request.voice.name,
      "response_format": "wav",
      speed: request.speed,
    };
    const post = { headers, name, timeoutMs, request };
    const upstream = await postAudio(`${base}/audio/speech`, JSON.stringify(body), post);
    const bytes = await readAudioBody(upstream, post);
    try {
      return { ...parseWav(bytes), speedApplied: true };
    } catch {
      throw upstreamFailed(`Backend "${name}" did not answer with WAV audio`);
    }
  }

  return {
    name,
    kind: "openai",
    synthesize,
    listVoices: () => Promise.resolve([]),
    probe: (signal = new AbortController().signal) => probeHttp(config, signal),
  };
}
