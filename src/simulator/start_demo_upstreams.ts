import type { Config } from "../config/config_schema.ts";
import { type OpenAiSimulator, startOpenAiSimulator } from "./openai_simulator.ts";
import { startAudioUpstream } from "./start_audio_upstreams.ts";
import { defaultReply } from "./simulated_completion.ts";
import { chooseByKeywords, replyAsCloud, replyAsLocal } from "./simulated_routing.ts";
import { replyAsVision } from "./simulated_vision.ts";

/** The key the simulated cloud expects; the demo hands it to the router as the cloud backend's secret. */
export const DEMO_CLOUD_KEY = "demo-cloud-key";

/** Simulated upstreams for every backend of a config, plus the config pointed at them. */
export interface DemoUpstreams extends AsyncDisposable {
  config: Config;
  simulators: Map<string, OpenAiSimulator>;
  getSecret: (name: string) => string | undefined;
}

/**
 * Starts one simulated server per backend on loopback port 0 and rewrites the config's URLs to them.
 * Audio backends get simulated Whisper and Piper servers speaking their real protocols (Wyoming, Piper
 * HTTP, OpenAI-style). Local models get a realistic pace (TTFT 60 ms, 15 ms per token); the cloud asks for a
 * key and answers enrichment requests with bullet facts; the classifier labels by keywords (see
 * `simulated_routing.ts`).
 */
export async function startDemoUpstreams(config: Config): Promise<DemoUpstreams> {
  const simulators = new Map<string, OpenAiSimulator>();
  const audioSimulators: AsyncDisposable[] = [];
  const backends: Config["backends"] = {};
  for (const [name, backend] of Object.entries(config.backends)) {
    const audio = startAudioUpstream(name, { backend, config });
    if (audio) {
      audioSimulators.push(audio);
      const { healthUrl: _probe, ...audioBackend } = backend;
      backends[name] = { ...audioBackend, urls: [audio.url] };
      continue;
    }
    const isCloud = backend.location === "cloud";
    const simulator = await startOpenAiSimulator({
      models: [backend.model],
      // The cloud plays xAI (parameters its reasoning models refuse, the charge reported); local ones vLLM.
      ...(isCloud ? { apiKey: DEMO_CLOUD_KEY, server: "xai" as const } : {}),
      behaviour: {
        ttftMs: isCloud ? 300 : 60,
        interTokenMs: isCloud ? 10 : 15,
        reasoning: backend.reasoning,
        // Simulated routing: keyword labels (SIMPLE, MODERATE, COMPLEX, ENRICH), ~150 ms per decision.
        choose: chooseByKeywords,
        ...(name === config.routing.classifier.backend ? { ttftMs: 150 } : {}),
        reply: (body, model) =>
          backend.inputModalities.includes("image")
            ? replyAsVision(body, model)
            : isCloud
            ? replyAsCloud(body, { model, reply: defaultReply })
            : replyAsLocal(body, { model, reply: defaultReply }),
      },
    });
    simulators.set(name, simulator);
    const { healthUrl: _unused, ...rest } = backend;
    backends[name] = { ...rest, urls: [simulator.baseUrl] };
  }
  return {
    // Voice is on in the demo: the `/talk` page and the Realtime API answer through the simulated Whisper,
    // models and Piper.
    config: { ...config, backends, realtime: { ...config.realtime, enabled: true } },
    simulators,
    getSecret: (name) =>
      Object.values(config.backends).some((b) => b.location === "cloud" && b.apiKeyEnv === name)
        ? DEMO_CLOUD_KEY
        : undefined,
    [Symbol.asyncDispose]: async () => {
      await Promise.all([...simulators.values(), ...audioSimulators].map((s) => s[Symbol.asyncDispose]()));
    },
  };
}
