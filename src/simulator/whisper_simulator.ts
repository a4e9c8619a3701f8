import { sniffAudio } from "../audio/sniff_audio.ts";
import { parseWav, toPcmSeconds, toWav } from "../audio/wav_header.ts";
import { synthesizeTone, TONE_FORMAT } from "./synthesize_tone.ts";

/** One request the HTTP simulator saw. */
export interface WhisperRequest {
  path: string;
  fields: Record<string, string[]>;
  fileBytes: number;
  fileType: string;
}

/** Which OpenAI-style server to imitate: speaches (FastAPI) or whisper.cpp's `whisper-server`. */
export type WhisperFlavour = "speaches" | "whisper.cpp";

/** A running simulated OpenAI-style Whisper server. */
export interface WhisperHttpSimulator extends AsyncDisposable {
  /** Base URL with `/v1`. */
  baseUrl: string;
  requests: WhisperRequest[];
}

/** What the simulated Whisper "hears": it cannot do ASR, so it reports the length of the audio. */
export function toSimulatedText(seconds: number, task: "transcribe" | "translate"): string {
  const what = task === "translate" ? "translation" : "transcript";
  return `Simulated ${what} of ${seconds.toFixed(1)} seconds of audio.`;
}

function estimateSeconds(bytes: Uint8Array): number {
  try {
    const wav = parseWav(bytes);
    return toPcmSeconds(wav.pcm.byteLength, wav.format);
  } catch {
    return bytes.byteLength / 16_000; // ~128 kbit/s for compressed input
  }
}

/** A stand-in for PyAV or ffmpeg: known magic bytes and something other than zeros after them. */
function isDecodable(bytes: Uint8Array): boolean {
  return sniffAudio(bytes) !== undefined && bytes.subarray(16).some((b) => b !== 0);
}

/** `verbose_json` the way each server writes it: whisper.cpp nests words per segment and has no `seek`. */
function toVerbose(
  text: string,
  seconds: number,
  { task, language, flavour, windowsOnly }: {
    task: string;
    language: string;
    flavour: WhisperFlavour;
    windowsOnly: boolean;
  },
) {
  const split = text.indexOf(" of ") + 1;
  const half = Math.round((seconds / 2) * 100) / 100;
  const wordsOf = (part: string, { start, end }: { start: number; end: number }) =>
    part.split(" ").map((word, i, all) => ({
      word: flavour === "whisper.cpp" ? ` ${word}` : word,
      start: start + ((end - start) * i) / all.length,
      end: start + ((end - start) * (i + 1)) / all.length,
      ...(flavour === "whisper.cpp" ? { "t_dtw": -1, probability: 0.9 } : {}),
    }));
  const segment = (id: number, { start, end, part }: { start: number; end: number; part: string }) => ({
    id,
    ...(flavour === "speaches"
      ? { seek: 0, "compression_ratio": 1.1 }
      : { words: wordsOf(part, { start, end }) }),
    start,
    end,
    text: part,
    tokens: [50364, 1000 + id],
    temperature: 0,
    "avg_logprob": -0.2,
    "no_speech_prob": 0.01,
  });
  const parts = [text.slice(0, split).trim(), text.slice(split).trim()];
  return {
    task,
    language: flavour === "whisper.cpp" ? "english" : language,
    duration: seconds,
    text,
    // speaches without `without_timestamps=false` decodes text tokens only (faster-whisper
    // `without_timestamps=True`): one segment per 30-second window instead of timed phrases.
    segments: windowsOnly ? [segment(0, { start: 0, end: seconds, part: text })] : [
      segment(0, { start: 0, end: half, part: parts[0] as string }),
      segment(1, { start: half, end: seconds, part: parts[1] as string }),
    ],
    ...(flavour === "speaches" ? { words: wordsOf(text, { start: 0, end: seconds }) } : {}),
  };
}

function toError(
  flavour: WhisperFlavour,
  { status, message }: { status: number; message: string },
): Response {
  // speaches: FastAPI `{"detail"}`; whisper.cpp: `{"error": "<string>"}`.
  return Response.json(flavour === "speaches" ? { detail: message } : { error: message }, { status });
}

/** speaches' TTS: WAV of the simulated voice; speed outside 0.25–4.0 is a 422 as in speaches. */
async function answerSpeech(request: Request): Promise<Response> {
  const body = await request.json().catch(() => ({}));
  const speed = Number(body.speed ?? 1);
  if (!(speed >= 0.25 && speed <= 4)) return Response.json({ detail: "speed out of range" }, { status: 422 });
  const pcm = synthesizeTone(String(body.input ?? ""), { lengthScale: 1 / speed });
  return new Response(toWav(TONE_FORMAT, pcm), { headers: { "content-type": "audio/wav" } });
}

/** The models a simulated speaches has installed (its `GET /v1/models`); the ids the audio tests use. */
export const SIMULATED_SPEACHES_MODELS = [
  "Systran/faster-whisper-small",
  "speaches-ai/piper-en_US-lessac-medium",
];

async function answer(
  request: Request,
  { requests, flavour }: { requests: WhisperRequest[]; flavour: WhisperFlavour },
): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (request.method === "GET" && path === "/health") return Response.json({ status: "ok" });
  // speaches lists its installed models OpenAI-style (speaches-ai/speaches `docs/usage/dynamic-loading.md`: `GET /v1/models`); whisper.cpp has no list.
  if (flavour === "speaches" && request.method === "GET" && path === "/v1/models") {
    const data = SIMULATED_SPEACHES_MODELS.map((id) => ({
      id,
      object: "model",
      created: 0,
      "owned_by": "speaches",
    }));
    return Response.json({ object: "list", data });
  }
  if (flavour === "speaches" && request.method === "POST" && path === "/v1/audio/speech") {
    return await answerSpeech(request);
  }
  const routes = flavour === "speaches"
    ? /\/v1\/audio\/(transcriptions|translations)$/
    : /\/v1\/audio\/transcriptions$/;
  if (request.method !== "POST" || !routes.test(path)) {
    return toError(flavour, { status: 404, message: "Not Found" });
  }
  const form = await request.formData();
  const fields: Record<string, string[]> = {};
  for (const [key, value] of form) if (typeof value === "string") (fields[key] ??= []).push(value);
  const file = form.get("file");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  requests.push({
    path,
    fields,
    fileBytes: bytes.byteLength,
    fileType: file instanceof File ? file.type : "",
  });
  if (bytes.byteLength === 0) return toError(flavour, { status: 400, message: "Empty file" });
  if (!isDecodable(bytes)) {
    return flavour === "speaches"
      ? toError(flavour, { status: 415, message: "Failed to decode audio" })
      : toError(flavour, { status: 400, message: "failed to read audio data" });
  }
  const task = path.endsWith("/audio/translations") || fields.translate?.[0] === "true"
    ? "translate"
    : "transcribe";
  const seconds = Math.round(estimateSeconds(bytes) * 100) / 100;
  const text = toSimulatedText(seconds, task);
  const format = fields.response_format?.[0] ?? "json";
  if (format === "text") {
    // whisper.cpp labels plain text text/html.
    const type = flavour === "speaches" ? "text/plain; charset=utf-8" : "text/html; charset=utf-8";
    return new Response(text, { headers: { "content-type": type } });
  }
  if (format === "verbose_json") {
    // whisper.cpp assumes English unless told `auto`; the simulator "detects" English either way.
    const sent = fields.language?.[0] ?? "en";
    const language = task === "translate" || sent === "auto" ? "english" : sent;
    const windowsOnly = flavour === "speaches" && fields.without_timestamps?.[0] !== "false";
    return Response.json(toVerbose(text, seconds, { task, language, flavour, windowsOnly }));
  }
  if (format === "json") return Response.json({ text });
  return toError(flavour, { status: 422, message: `Unsupported response_format ${format}` });
}

/**
 * Starts an OpenAI-style Whisper server on loopback port 0: `/v1/audio/transcriptions`, `/health`,
 * and for speaches also `/v1/audio/translations` and `/v1/audio/speech`.
 */
export function startWhisperHttpSimulator(options: { flavour?: WhisperFlavour } = {}): WhisperHttpSimulator {
  const requests: WhisperRequest[] = [];
  const flavour = options.flavour ?? "speaches";
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    (request) => answer(request, { requests, flavour }),
  );
  return {
    baseUrl: `http://127.0.0.1:${server.addr.port}/v1`,
    requests,
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}
