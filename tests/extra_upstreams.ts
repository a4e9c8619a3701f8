/** A test router with a vision model and an embedding model beside the usual three upstreams. */
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startTestRouter, type TestRouter, type TestRouterOptions } from "./test_router.ts";

/** A 1×1 PNG, the smallest image the vision checks accept. */
export const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/** The router plus its vision (`sim-vl`) and embedding (`sim-embed`) simulators. */
export interface RouterWithExtras extends AsyncDisposable {
  router: TestRouter;
  vision: Awaited<ReturnType<typeof startOpenAiSimulator>>;
  embed: Awaited<ReturnType<typeof startOpenAiSimulator>>;
}

/**
 * Starts the router with backends `vision` (vision.backend) and `embed` (routing.embeddingsBackend);
 * `visionYaml` adds `vision:` settings, indented by two spaces with a final newline.
 */
export async function startRouterWithExtras(
  options: TestRouterOptions & { visionYaml?: string } = {},
): Promise<RouterWithExtras> {
  const vision = await startOpenAiSimulator({ models: ["sim-vl"] });
  const embed = await startOpenAiSimulator({ models: ["sim-embed"] });
  const router = await startTestRouter({
    ...options,
    extraBackendsYaml:
      `  vision:\n    urls: ["${vision.baseUrl}"]\n    model: sim-vl\n    inputModalities: [text, image]\n` +
      `  embed:\n    urls: ["${embed.baseUrl}"]\n    model: sim-embed\n    aliases: [embeddings]\n` +
      // Short, like the other test backends, so a stalled answer fails quickly.
      `    timeouts: { firstByteMs: 2000, idleMs: 2000 }\n`,
    extraYaml: `vision:\n  backend: vision\n${
      options.visionYaml ?? ""
    }routing:\n  embeddingsBackend: embed\n${options.extraYaml ?? ""}`,
  });
  return {
    router,
    vision,
    embed,
    [Symbol.asyncDispose]: async () => {
      await router[Symbol.asyncDispose]();
      await vision[Symbol.asyncDispose]();
      await embed[Symbol.asyncDispose]();
    },
  };
}
