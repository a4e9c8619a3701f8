import { NUMERIC_SPEAKER_NAMES } from "../config/numeric_speaker_names.ts";
import { toWav } from "../audio/wav_header.ts";
import { synthesizeTone, TONE_FORMAT } from "./synthesize_tone.ts";
import { startWyomingServer, type WyomingServer } from "./wyoming_server.ts";

/** Voices the simulated Piper knows; `libritts_r` has numbered speakers, as the real one does. */
export const SIMULATED_VOICES = ["en_US-lessac-medium", "en_US-libritts_r-medium", "de_DE-thorsten-medium"];

/** One synthesis request the HTTP simulator saw. */
export interface PiperRequest {
  method: string;
  path: string;
  contentType: string;
  body: string;
}

/** A running simulated Piper HTTP server. */
export interface PiperHttpSimulator extends AsyncDisposable {
  /** The server root, a `piper-http` backend's URL. */
  url: string;
  requests: PiperRequest[];
}

function toWavResponse(text: string, lengthScale: number): Response {
  if (!text.trim()) {
    // Flask's answer to empty text: an HTML 500 page.
    return new Response("<!doctype html><title>500 Internal Server Error</title>", {
      status: 500,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  }
  // Piper's Flask server sends WAV without a mimetype, so it is labelled text/html.
  return new Response(toWav(TONE_FORMAT, synthesizeTone(text, { lengthScale })), {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

async function answer(
  request: Request,
  { flavour, log }: { flavour: "v1.5" | "v1.3" | "legacy"; log: PiperRequest[] },
) {
  const url = new URL(request.url);
  const body = request.method === "POST" ? await request.text() : "";
  log.push({
    method: request.method,
    path: url.pathname,
    contentType: request.headers.get("content-type") ?? "",
    body,
  });
  if (flavour === "v1.5" && request.method === "GET" && url.pathname === "/info") {
    return Response.json({ voice: { name: SIMULATED_VOICES[0], language: "en_US", "num_speakers": 1 } });
  }
  if (flavour === "v1.5" && request.method === "GET" && url.pathname === "/voices") {
    return Response.json(
      Object.fromEntries(SIMULATED_VOICES.map((v) => [v, { audio: { "sample_rate": 22050 } }])),
    );
  }
  const speakPath = flavour === "v1.5" ? "/synthesize" : "/";
  if (flavour === "legacy" && request.method === "GET" && url.pathname === "/") {
    return toWavResponse(url.searchParams.get("text") ?? "", 1);
  }
  if (request.method !== "POST" || url.pathname !== speakPath) {
    return new Response("<h1>Not Found</h1>", { status: 404, headers: { "content-type": "text/html" } });
  }
  if (flavour === "legacy") return toWavResponse(body, 1);
  let json: { text?: unknown; length_scale?: unknown };
  try {
    json = JSON.parse(body);
  } catch {
    return new Response("<h1>Bad Request</h1>", { status: 400, headers: { "content-type": "text/html" } });
  }
  return toWavResponse(String(json.text ?? ""), Number(json.length_scale ?? 1));
}

/** Starts a Piper HTTP server of the given variant (docs/decisions.md, "Audio servers") on loopback port 0. */
export function startPiperHttpSimulator(
  options: { flavour?: "v1.5" | "v1.3" | "legacy" } = {},
): PiperHttpSimulator {
  const requests: PiperRequest[] = [];
  const flavour = options.flavour ?? "v1.5";
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    (r) => answer(r, { flavour, log: requests }),
  );
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    requests,
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}

const SAMPLES_PER_CHUNK = 1024;

/** One synthesis the Wyoming simulator performed, with the speaker id it resolved. */
export interface SpokenRequest {
  voice: string;
  /** The text spoken. */
  text: string;
  /** The `speaker` field as sent. */
  speaker: string | undefined;
  /** The id played: what wyoming-piper would pick (undefined: the voice's default speaker). */
  speakerId: number | undefined;
}

/** A running wyoming-piper look-alike; `spoken` records every synthesis. */
export interface PiperWyomingSimulator extends WyomingServer {
  spoken: SpokenRequest[];
}

/** Options for {@linkcode startPiperWyomingSimulator}. */
export interface PiperWyomingOptions {
  /** The wyoming-piper version `info` reports (TtsProgram.version); the newest one checked by default. */
  version?: string;
  /** Voices `info` lists; a synthesis with another voice gets wyoming-piper's error. */
  voices?: readonly string[];
}

/** Multi-speaker voices get the real speaker names (numbers in libritts_r), in id order. */
function toVoiceInfo(name: string) {
  const speakers = NUMERIC_SPEAKER_NAMES[name];
  return {
    name,
    languages: [name.split("-")[0]],
    installed: true,
    attribution: { name: "sim", url: "" },
    ...(speakers ? { speakers: speakers.map((speaker) => ({ name: speaker })) } : {}),
  };
}

/**
 * The speaker wyoming-piper plays: the value as a name first, then as an id (rhasspy/wyoming-piper
 * wyoming_piper/handler.py `_synthesize_piper`, v2.4.0: `speaker_id_map.get(speaker)`, then `int(speaker)`).
 */
function resolveSpeaker(voice: string, speaker: string | undefined): number | undefined {
  if (speaker === undefined) return undefined;
  const byName = NUMERIC_SPEAKER_NAMES[voice]?.indexOf(speaker) ?? -1;
  if (byName >= 0) return byName;
  return /^\d+$/.test(speaker) ? Number(speaker) : undefined;
}

/** Starts a wyoming-piper look-alike: `synthesize` → audio-start, chunks, audio-stop; the link stays open. */
export function startPiperWyomingSimulator(options: PiperWyomingOptions = {}): PiperWyomingSimulator {
  const { version = "2.4.0", voices = SIMULATED_VOICES } = options;
  const spoken: SpokenRequest[] = [];
  const server = startWyomingServer(() => ({
    onEvent: async (event, send, close) => {
      if (event.type === "describe") {
        const tts = [{
          name: "piper",
          installed: true,
          attribution: { name: "sim", url: "" },
          version,
          voices: voices.map(toVoiceInfo),
        }];
        await send({
          type: "info",
          data: { asr: [], tts, handle: [], intent: [], wake: [], mic: [], snd: [] },
        });
        return;
      }
      if (event.type !== "synthesize") return;
      const voice = (event.data.voice ?? {}) as { name?: string; speaker?: string };
      if (voice.name && !voices.includes(voice.name)) {
        await send({
          type: "error",
          data: { text: `Unable to find voice: ${voice.name}`, code: "VoiceNotFoundError" },
        });
        return close();
      }
      const name = voice.name ?? voices[0] ?? "";
      spoken.push({
        voice: name,
        text: String(event.data.text ?? ""),
        speaker: voice.speaker,
        speakerId: resolveSpeaker(name, voice.speaker),
      });
      const pcm = synthesizeTone(String(event.data.text ?? ""));
      const { rate, width, channels } = TONE_FORMAT;
      await send({ type: "audio-start", data: { rate, width, channels, timestamp: null } });
      for (let offset = 0; offset < pcm.byteLength; offset += SAMPLES_PER_CHUNK * width) {
        const payload = pcm.subarray(offset, offset + SAMPLES_PER_CHUNK * width);
        await send({ type: "audio-chunk", data: { rate, width, channels, timestamp: null }, payload });
      }
      await send({ type: "audio-stop", data: { timestamp: null } });
    },
  }));
  return Object.assign(server, { spoken });
}
