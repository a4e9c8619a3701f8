/** Classification cost for `scripts/bench.ts`: the router's classifier in-process against a simulator. */
import { buildRouterState } from "../src/build_router_state.ts";
import { createClassifier } from "../src/classifier/create_classifier.ts";
import { parseConfig } from "../src/config/load_config.ts";
import { createSilentLogger } from "../src/logger.ts";
import type { RoutingMessage } from "../src/routing/render_prompt.ts";
import { toPercentile } from "../src/to_percentile.ts";

/** p50/p99 in milliseconds of one kind of classification. */
export interface ClassificationTiming {
  name: string;
  count: number;
  p50Ms: number;
  p99Ms: number;
}

/** A multi-turn conversation of about `chars` characters (long ones are keyed by SHA-256, not as text). */
function toConversation(chars: number): RoutingMessage[] {
  const messages: RoutingMessage[] = [];
  for (let turn = 0; messages.reduce((n, m) => n + String(m.content).length, 0) < chars; turn++) {
    messages.push({ role: "user", content: `Turn ${turn}: please explain how tide tables are computed. ` });
    messages.push({ role: "assistant", content: "Tides follow the moon and the sun. ".repeat(8) });
  }
  messages.push({ role: "user", content: "What is the capital of France?" });
  return messages;
}

/**
 * Times `classify()` as a request does (cache key, lookup, metrics off): cold labels (a new conversation
 * each time, so one HTTP decode on the simulator at `baseUrl`) and cache hits of the same conversation.
 */
export async function measureClassification(baseUrl: string, { cold = 300, hits = 20_000 } = {}) {
  const config = parseConfig(
    `backends:\n  primary: { urls: ["${baseUrl}"], model: sim-primary }\n` +
      `  classifier: { urls: ["${baseUrl}"], model: sim-primary }\n`,
    "bench-classifier.yaml",
  );
  const state = await buildRouterState(config, {
    configSource: "bench-classifier.yaml",
    getSecret: () => undefined,
  });
  const classifier = createClassifier({ logger: createSilentLogger() });
  const options = { signal: new AbortController().signal, requestId: "bench" };
  const time = async (messages: RoutingMessage[], wantHit: boolean) => {
    const started = performance.now();
    const result = await classifier.classify(state, messages, options);
    const ms = performance.now() - started;
    if (result.error !== undefined || result.cacheHit !== wantHit) {
      throw new Error(`Unexpected classification: hit=${result.cacheHit} error=${result.error}`);
    }
    return ms;
  };
  const run = async (
    name: string,
    { count, next, hit }: { count: number; next: (i: number) => RoutingMessage[]; hit: boolean },
  ) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(await time(next(i), hit));
    times.sort((a, b) => a - b);
    return { name, count, p50Ms: toPercentile(times, 0.5), p99Ms: toPercentile(times, 0.99) };
  };
  const short: RoutingMessage[] = [{ role: "user", content: "What is the capital of France?" }];
  const long = toConversation(8_000);
  const fresh = (
    i: number,
  ): RoutingMessage[] => [{ role: "user", content: `Question ${i}: ${short[0]!.content}` }];
  await run("warm-up", { count: 50, next: (i) => fresh(-1 - i), hit: false });
  await time(short, false);
  await time(long, false);
  return [
    await run("miss (new conversation, 1 decode)", { count: cold, next: fresh, hit: false }),
    await run("hit, 1 turn (plain key)", { count: hits, next: () => short, hit: true }),
    await run(`hit, ${long.length} turns ${(JSON.stringify(long).length / 1024).toFixed(0)} KB (SHA-256)`, {
      count: hits,
      next: () => long,
      hit: true,
    }),
  ];
}
