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
  return new Response(toWav(TONE_FORMAT, synthesizeTone(text, lengthScale)), {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

async function answer(request: Request, flavour: "v1.5" | "v1.3" | "legacy", log: PiperRequest[]) {
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

/** Starts a Piper HTTP server of the given variant (AUDIO_VISION.md §3) on loopback port 0. */
export function startPiperHttpSimulator(
  options: { flavour?: "v1.5" | "v1.3" | "legacy" } = {},
): PiperHttpSimulator {
  const requests: PiperRequest[] = [];
  const flavour = options.flavour ?? "v1.5";
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    (r) => answer(r, flavour, requests),
  );
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    requests,
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}

const SAMPLES_PER_CHUNK = 1024;

/** Starts a wyoming-piper look-alike: `synthesize` → audio-start, chunks, audio-stop; the link stays open. */
export function startPiperWyomingSimulator(): WyomingServer {
  return startWyomingServer(() => ({
    onEvent: async (event, send, close) => {
      if (event.type === "describe") {
        const voices = SIMULATED_VOICES.map((name) => ({
          name,
          languages: [name.split("-")[0]],
          installed: true,
          attribution: { name: "sim", url: "" },
        }));
        const tts = [{ name: "piper", installed: true, attribution: { name: "sim", url: "" }, voices }];
        await send({
          type: "info",
          data: { asr: [], tts, handle: [], intent: [], wake: [], mic: [], snd: [] },
        });
        return;
      }
      if (event.type !== "synthesize") return;
      const voice = (event.data.voice ?? {}) as { name?: string };
      if (voice.name && !SIMULATED_VOICES.includes(voice.name)) {
        await send({
          type: "error",
          data: { text: `Unable to find voice: ${voice.name}`, code: "VoiceNotFoundError" },
        });
        return close();
      }
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
}
