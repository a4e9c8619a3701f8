import type { BackendConfig } from "../config/backend_schema.ts";
import type { Config } from "../config/config_schema.ts";
import { SIMULATED_VOICES, startPiperHttpSimulator, startPiperWyomingSimulator } from "./piper_simulator.ts";
import { startWhisperHttpSimulator } from "./whisper_simulator.ts";
import { startWhisperWyomingSimulator } from "./wyoming_whisper_simulator.ts";

/** Which simulator stands in for an audio backend, and the URL it listens on. */
interface AudioSimulator extends AsyncDisposable {
  url: string;
}

/**
 * Starts a simulated Whisper or Piper server (the real protocol) for an audio backend; undefined for
 * a backend that is not audio (chat backends get the OpenAI simulator instead).
 */
export function startAudioUpstream(
  name: string,
  { backend, config }: { backend: BackendConfig; config: Config },
): AudioSimulator | undefined {
  const { audio } = config;
  const speaks = name === audio.speechBackend;
  const transcribes = name === audio.transcriptionBackend || name === audio.translationBackend;
  if (backend.kind === "wyoming") {
    // The real server lists every voice of its voices.json; the simulator lists the configured ones too.
    const configured = [
      backend.model,
      audio.defaultVoice,
      ...Object.values(audio.voices).map((v) => v.voice),
    ];
    const voices = [...new Set([...SIMULATED_VOICES, ...configured.filter((v) => v !== undefined)])];
    if (speaks) return startPiperWyomingSimulator({ voices });
    const task = name === audio.translationBackend && name !== audio.transcriptionBackend
      ? "translate"
      : "transcribe";
    return startWhisperWyomingSimulator({ task, model: backend.model });
  }
  if (backend.kind === "piper-http") {
    const sim = startPiperHttpSimulator({
      flavour: backend.piperFlavour === "auto" ? "v1.5" : backend.piperFlavour,
    });
    return sim;
  }
  if (transcribes) {
    const sim = startWhisperHttpSimulator();
    return { url: sim.baseUrl, [Symbol.asyncDispose]: () => sim[Symbol.asyncDispose]() };
  }
  return undefined;
}
