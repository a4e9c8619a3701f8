import { parseWav } from "../audio/wav_header.ts";
import type { BackendConfig } from "../config/backend_schema.ts";
import { ApiError, upstreamFailed } from "../api_error.ts";
import type { SpeechBackend, SpeechRequest } from "./audio_backend.ts";
import { toAudioUpstreamError } from "./audio_upstream_error.ts";
import { readUpstreamBody } from "../relay/read_upstream_json.ts";

/** A WAV of the longest input OpenAI's speech API takes (4,096 characters) is well under this. */
const MAX_SPEECH_BYTES = 64 * 1024 * 1024;
import type { ProbeResult } from "./backend.ts";

type Flavour = "v1.5" | "v1.3" | "legacy";

/** Options for {@linkcode createPiperHttpBackend}. */
export interface PiperHttpOptions {
  timeoutMs: number;
  probeTimeoutMs?: number;
}

/** The request each Piper HTTP variant wants (docs/decisions.md, "Audio servers"). */
function toPiperRequest(
  base: string,
  { flavour, request }: { flavour: Flavour; request: SpeechRequest },
): Request {
  if (flavour === "legacy") {
    // The legacy server speaks whatever body it gets: voice and speed are fixed by its CLI flags.
    return new Request(`${base}/`, {
      method: "POST",
      body: request.text,
      headers: { "content-type": "text/plain" },
    });
  }
  const body: Record<string, unknown> = { text: request.text, voice: request.voice.name };
  body["length_scale"] = 1 / request.speed;
  const { speaker } = request.voice;
  if (typeof speaker === "number") body["speaker_id"] = speaker;
  else if (speaker !== undefined) body.speaker = speaker;
  const path = flavour === "v1.5" ? "/synthesize" : "/";
  return new Request(`${base}${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
}

/** Piper's own HTTP server; `piperFlavour: auto` picks v1.5 when `GET /info` answers, else v1.3. */
export function createPiperHttpBackend(
  name: string,
  config: BackendConfig,
  { timeoutMs, probeTimeoutMs = 2_000 }: PiperHttpOptions,
): SpeechBackend {
  const base = (config.urls[0] as string).replace(/\/+$/, "");
  let detected: Promise<Flavour> | undefined;

  const getInfo = (signal: AbortSignal) =>
    fetch(`${base}/info`, { signal: AbortSignal.any([signal, AbortSignal.timeout(probeTimeoutMs)]) });

  function detectFlavour(signal: AbortSignal): Promise<Flavour> {
    if (config.piperFlavour !== "auto") return Promise.resolve(config.piperFlavour);
    detected ??= getInfo(signal).then(async (response) => {
      await response.body?.cancel();
      return response.ok ? "v1.5" as const : "v1.3" as const;
    });
    // A failed probe is not remembered: the server may just be starting.
    detected.catch(() => detected = undefined);
    return detected;
  }

  async function synthesize(request: SpeechRequest) {
    try {
      const flavour = await detectFlavour(request.signal);
      const cut = new AbortController();
      const signal = AbortSignal.any([request.signal, cut.signal]);
      // The time limit bounds the wait for the answer's head here and its body in the reader below.
      const headTimer = setTimeout(() => cut.abort(new DOMException("Timed out", "TimeoutError")), timeoutMs);
      const response = await fetch(toPiperRequest(base, { flavour, request }), { signal })
        .finally(() => clearTimeout(headTimer));
      const abort = (reason?: unknown) => cut.abort(reason);
      if (!response.ok) {
        await response.body?.cancel();
        throw upstreamFailed(`Backend "${name}" failed with status ${response.status}`);
      }
      // The one guarded body reader: cut when the client leaves, the body stalls, or it outgrows the cap.
      const bytes = await readUpstreamBody({ response, abort }, {
        backendName: name,
        idleMs: timeoutMs,
        signal: request.signal,
        maxBytes: MAX_SPEECH_BYTES,
      });
      // Flask labels the WAV text/html: trust the bytes, not the type.
      const wav = parseWav(bytes);
      return { ...wav, speedApplied: flavour !== "legacy" };
    } catch (error) {
      if (error instanceof ApiError || request.signal.aborted) throw error;
      if (error instanceof TypeError && /WAV|RIFF/.test(error.message)) {
        throw upstreamFailed(`Backend "${name}" did not answer with WAV audio`);
      }
      throw toAudioUpstreamError(error, name);
    }
  }

  async function listVoices(signal = new AbortController().signal): Promise<string[]> {
    if (await detectFlavour(signal) !== "v1.5") return [];
    const response = await fetch(`${base}/voices`, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(probeTimeoutMs)]),
    });
    if (!response.ok) {
      await response.body?.cancel();
      return [];
    }
    return Object.keys(await response.json());
  }

  async function probe(signal = new AbortController().signal): Promise<ProbeResult> {
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    try {
      // No /health on any variant; /info (v1.5) or any answer at all from the root.
      const response = await getInfo(signal);
      await response.body?.cancel();
      if (response.ok || response.status < 500) return { ok: true, latencyMs: latency() };
      return { ok: false, latencyMs: latency(), error: `status ${response.status}` };
    } catch (error) {
      return {
        ok: false,
        latencyMs: latency(),
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }

  return { name, kind: "piper-http", synthesize, listVoices, probe };
}
