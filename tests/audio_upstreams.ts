/** Simulated Whisper and Piper servers for the audio tests, plus the router config that points at them. */
import {
  type PiperRequest,
  startPiperHttpSimulator,
  startPiperWyomingSimulator,
} from "../src/simulator/piper_simulator.ts";
import {
  startWhisperHttpSimulator,
  startWhisperWyomingSimulator,
} from "../src/simulator/whisper_simulator.ts";
import { startTestRouter, type TestRouter, type TestRouterOptions } from "./test_router.ts";

/** Which kind of server plays Whisper and Piper. */
export interface AudioSetup {
  whisper?: "openai" | "wyoming";
  piper?: "wyoming" | "v1.5" | "v1.3" | "legacy" | "piper-auto-v1.3";
  /** YAML lines under `audio:` (indented by two spaces). */
  audioYaml?: string;
  routerOptions?: TestRouterOptions;
}

/** A test router with audio upstreams; disposes both. */
export interface AudioTestRouter extends AsyncDisposable {
  router: TestRouter;
  whisperRequests: () => number;
  /** Requests the Piper HTTP simulator saw (empty for Wyoming). */
  piperRequests: () => PiperRequest[];
}

/** Starts the chosen simulators and a router configured for them. */
export async function startAudioTestRouter(setup: AudioSetup = {}): Promise<AudioTestRouter> {
  const disposers: AsyncDisposable[] = [];
  let backends = "";
  let whisperRequests = () => 0;
  let piperRequests = (): PiperRequest[] => [];
  if (setup.whisper === "openai") {
    const sim = startWhisperHttpSimulator();
    disposers.push(sim);
    whisperRequests = () => sim.requests.length;
    backends += `  whisper:\n    urls: ["${sim.baseUrl}"]\n    model: Systran/faster-whisper-small\n`;
  } else if (setup.whisper === "wyoming") {
    const sim = startWhisperWyomingSimulator();
    disposers.push(sim);
    whisperRequests = () => sim.received.filter((t) => t === "audio-stop").length;
    backends += `  whisper:\n    kind: wyoming\n    urls: ["${sim.url}"]\n    model: tiny-int8\n`;
  }
  if (setup.piper === "wyoming") {
    const sim = startPiperWyomingSimulator();
    disposers.push(sim);
    backends += `  piper:\n    kind: wyoming\n    urls: ["${sim.url}"]\n    model: en_US-lessac-medium\n`;
  } else if (setup.piper) {
    const flavour = setup.piper === "piper-auto-v1.3" ? "v1.3" : setup.piper;
    const sim = startPiperHttpSimulator({ flavour });
    disposers.push(sim);
    piperRequests = () => sim.requests;
    const configured = setup.piper === "piper-auto-v1.3" ? "auto" : setup.piper;
    backends +=
      `  piper:\n    kind: piper-http\n    piperFlavour: "${configured}"\n    urls: ["${sim.url}"]\n` +
      `    model: en_US-lessac-medium\n`;
  }
  const audio = [
    "audio:",
    setup.whisper ? "  transcriptionBackend: whisper" : "",
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
      piperRequests,
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
