/** Simulated Whisper and Piper servers for the audio tests, plus the router config that points at them. */
import {
  type PiperRequest,
  type SpokenRequest,
  startPiperHttpSimulator,
  startPiperWyomingSimulator,
} from "../src/simulator/piper_simulator.ts";
import { startWhisperHttpSimulator, type WhisperRequest } from "../src/simulator/whisper_simulator.ts";
import { startWhisperWyomingSimulator } from "../src/simulator/wyoming_whisper_simulator.ts";
import { startTestRouter, type TestRouter, type TestRouterOptions } from "./test_router.ts";

/** Which kind of server plays Whisper and Piper. */
export interface AudioSetup {
  whisper?: "openai" | "whisper.cpp" | "wyoming";
  /** A second Wyoming Whisper started with `--whisper-task translate`, as `audio.translationBackend`. */
  wyomingTranslator?: boolean;
  piper?: "wyoming" | "v1.5" | "v1.3" | "legacy" | "piper-auto-v1.3" | "speaches";
  /** YAML lines under `audio:` (indented by two spaces). */
  audioYaml?: string;
  routerOptions?: TestRouterOptions;
}

/** A test router with audio upstreams; disposes both. */
export interface AudioTestRouter extends AsyncDisposable {
  router: TestRouter;
  /** Transcriptions the Whisper simulator answered. */
  whisperRequests: () => number;
  /** Requests the OpenAI-style Whisper simulator saw, fields included. */
  whisperLog: () => WhisperRequest[];
  /** Requests the Piper HTTP simulator saw (empty for Wyoming). */
  piperRequests: () => PiperRequest[];
  /** Syntheses the wyoming-piper simulator performed, with the speaker id it played. */
  piperSpoken: () => SpokenRequest[];
}

const entry = (
  name: string,
  { kind, url, model, extra = "" }: { kind: string; url: string; model: string; extra?: string },
) => `  ${name}:\n    kind: ${kind}\n    urls: ["${url}"]\n    model: ${model}\n${extra}`;

/** Starts the chosen simulators and a router configured for them. */
export async function startAudioTestRouter(setup: AudioSetup = {}): Promise<AudioTestRouter> {
  const disposers: AsyncDisposable[] = [];
  let backends = "";
  let whisperRequests = () => 0;
  let whisperLog = (): WhisperRequest[] => [];
  let piperRequests = (): PiperRequest[] => [];
  let piperSpoken = (): SpokenRequest[] => [];
  if (setup.whisper === "openai" || setup.whisper === "whisper.cpp") {
    const sim = startWhisperHttpSimulator({
      flavour: setup.whisper === "openai" ? "speaches" : "whisper.cpp",
    });
    disposers.push(sim);
    whisperRequests = () => sim.requests.length;
    whisperLog = () => sim.requests;
    const dialect = setup.whisper === "whisper.cpp" ? "    whisperFlavour: whisper.cpp\n" : "";
    backends += entry("whisper", {
      kind: "openai",
      url: sim.baseUrl,
      model: "Systran/faster-whisper-small",
      extra: dialect,
    });
  } else if (setup.whisper === "wyoming") {
    const sim = startWhisperWyomingSimulator();
    disposers.push(sim);
    whisperRequests = () => sim.received.filter((t) => t === "audio-stop").length;
    backends += entry("whisper", { kind: "wyoming", url: sim.url, model: "tiny-int8" });
  }
  if (setup.wyomingTranslator) {
    const sim = startWhisperWyomingSimulator({ task: "translate" });
    disposers.push(sim);
    backends += entry("translator", { kind: "wyoming", url: sim.url, model: "tiny-int8" });
  }
  if (setup.piper === "wyoming") {
    const sim = startPiperWyomingSimulator();
    disposers.push(sim);
    piperSpoken = () => sim.spoken;
    backends += entry("piper", { kind: "wyoming", url: sim.url, model: "en_US-lessac-medium" });
  } else if (setup.piper === "speaches") {
    const sim = startWhisperHttpSimulator();
    disposers.push(sim);
    backends += entry("piper", {
      kind: "openai",
      url: sim.baseUrl,
      model: "speaches-ai/piper-en_US-lessac-medium",
    });
  } else if (setup.piper) {
    const flavour = setup.piper === "piper-auto-v1.3" ? "v1.3" : setup.piper;
    const sim = startPiperHttpSimulator({ flavour });
    disposers.push(sim);
    piperRequests = () => sim.requests;
    const configured = setup.piper === "piper-auto-v1.3" ? "auto" : setup.piper;
    backends += entry("piper", {
      kind: "piper-http",
      url: sim.url,
      model: "en_US-lessac-medium",
      extra: `    piperFlavour: "${configured}"\n`,
    });
  }
  const audio = [
    "audio:",
    setup.whisper ? "  transcriptionBackend: whisper" : "",
    setup.wyomingTranslator ? "  translationBackend: translator" : "",
    setup.piper ? "  speechBackend: piper" : "",
    "  voices:",
    "    alloy: { voice: en_US-lessac-medium }",
    "    echo: { voice: en_US-libritts_r-medium, speaker: 134 }",
    setup.audioYaml ?? "",
  ].filter(Boolean).join("\n");
  try {
    const router = await startTestRouter({
      ...setup.routerOptions,
      extraBackendsYaml: backends + (setup.routerOptions?.extraBackendsYaml ?? ""),
      extraYaml: `${audio}\n${setup.routerOptions?.extraYaml ?? ""}`,
    });
    return {
      router,
      whisperRequests,
      whisperLog,
      piperRequests,
      piperSpoken,
      [Symbol.asyncDispose]: async () => {
        await router[Symbol.asyncDispose]();
        for (const d of disposers) await d[Symbol.asyncDispose]();
      },
    };
  } catch (error) {
    for (const d of disposers) await d[Symbol.asyncDispose]();
    throw error;
  }
}
