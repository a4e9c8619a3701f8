import { sniffAudio } from "../audio/sniff_audio.ts";
import { parseWav, type PcmFormat, toPcmSeconds } from "../audio/wav_header.ts";
import { startWyomingServer, type WyomingServer } from "./wyoming_server.ts";

/** One transcription request the HTTP simulator saw. */
export interface WhisperRequest {
  path: string;
  fields: Record<string, string[]>;
  fileBytes: number;
  fileType: string;
}

/** A running simulated OpenAI-style Whisper server (speaches-like). */
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

function toVerbose(text: string, seconds: number, task: string, language: string) {
  const half = Math.round((seconds / 2) * 100) / 100;
  const [first, second] = [text.slice(0, text.indexOf(" of ") + 1), text.slice(text.indexOf(" of ") + 1)];
  const segment = (id: number, start: number, end: number, part: string) => ({
    id,
    seek: 0,
    start,
    end,
    text: part,
    tokens: [50364, 1000 + id],
    temperature: 0,
    "avg_logprob": -0.2,
    "compression_ratio": 1.1,
    "no_speech_prob": 0.01,
  });
  const words = text.split(" ").map((word, i, all) => ({
    word,
    start: (seconds * i) / all.length,
    end: (seconds * (i + 1)) / all.length,
  }));
  return {
    task,
    language,
    duration: seconds,
    text,
    segments: [segment(0, 0, half, first.trim()), segment(1, half, seconds, second.trim())],
    words,
  };
}

/** A stand-in for PyAV: known magic bytes and something other than zeros after them. */
function isDecodable(bytes: Uint8Array): boolean {
  return sniffAudio(bytes) !== undefined && bytes.subarray(16).some((b) => b !== 0);
}

async function answer(request: Request, requests: WhisperRequest[]): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (request.method === "GET" && path === "/health") return Response.json({ status: "ok" });
  const task = path.endsWith("/audio/translations") ? "translate" : "transcribe";
  if (request.method !== "POST" || !/\/v1\/audio\/(transcriptions|translations)$/.test(path)) {
    return Response.json({ detail: "Not Found" }, { status: 404 });
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
  // speaches' error shapes: FastAPI `{"detail"}`, 415 for audio it cannot decode.
  if (bytes.byteLength === 0) return Response.json({ detail: "Empty file" }, { status: 400 });
  if (!isDecodable(bytes)) return Response.json({ detail: "Failed to decode audio" }, { status: 415 });
  const seconds = Math.round(estimateSeconds(bytes) * 100) / 100;
  const text = toSimulatedText(seconds, task);
  const format = fields.response_format?.[0] ?? "json";
  if (format === "text") {
    return new Response(text, { headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (format === "verbose_json") {
    return Response.json(
      toVerbose(text, seconds, task, task === "translate" ? "english" : fields.language?.[0] ?? "en"),
    );
  }
  if (format === "json") return Response.json({ text });
  return Response.json({ detail: `Unsupported response_format ${format}` }, { status: 422 });
}

/** Starts the HTTP simulator on loopback port 0: `/v1/audio/transcriptions`, `/translations`, `/health`. */
export function startWhisperHttpSimulator(): WhisperHttpSimulator {
  const requests: WhisperRequest[] = [];
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    (r) => answer(r, requests),
  );
  return {
    baseUrl: `http://127.0.0.1:${server.addr.port}/v1`,
    requests,
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}

/** Starts a wyoming-faster-whisper look-alike: PCM in, one `transcript`, then it closes the connection. */
export function startWhisperWyomingSimulator(
  options: { task?: "transcribe" | "translate" } = {},
): WyomingServer {
  const task = options.task ?? "transcribe";
  return startWyomingServer(() => {
    let format: PcmFormat = { rate: 16_000, width: 2, channels: 1 };
    let bytes = 0;
    let language: string | undefined;
    return {
      onEvent: async (event, send, close) => {
        if (event.type === "describe") {
          const model = {
            name: "tiny-int8",
            languages: ["en", "de"],
            installed: true,
            attribution: { name: "sim", url: "" },
          };
          const asr = [{
            name: "faster-whisper",
            installed: true,
            attribution: { name: "sim", url: "" },
            models: [model],
          }];
          await send({
            type: "info",
            data: { asr, tts: [], handle: [], intent: [], wake: [], mic: [], snd: [] },
          });
        } else if (event.type === "transcribe") {
          language = typeof event.data.language === "string" ? event.data.language : undefined;
        } else if (event.type === "audio-start") {
          format = {
            rate: Number(event.data.rate),
            width: Number(event.data.width),
            channels: Number(event.data.channels),
          };
        } else if (event.type === "audio-chunk") {
          bytes += event.payload?.byteLength ?? 0;
        } else if (event.type === "audio-stop") {
          const text = bytes === 0 ? "" : toSimulatedText(toPcmSeconds(bytes, format), task);
          await send({ type: "transcript", data: { text, ...(language ? { language } : {}) } });
          close();
        }
      },
    };
  });
}
