/**
 * Measures what the Ollama translation costs: the same chat, streamed and not, through `/v1/chat/completions`
 * and through the Ollama listener's `/api/chat`, against the simulator (model `local`, no classifier call,
 * zero model latency so the router's own time shows). Run: deno run -A scripts/bench_ollama.ts [requests]
 */
import { startTestRouter } from "../tests/test_router.ts";
import { toPercentile } from "../src/to_percentile.ts";

const REQUESTS = Number(Deno.args[0] ?? 300);
const messages = [{ role: "user", content: "hi" }];

async function time(url: string, body: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", body: JSON.stringify(body) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

await using router = await startTestRouter({ behaviour: { primary: { ttftMs: 0, interTokenMs: 0 } } });
const cases: Array<[string, string, Record<string, unknown>]> = [
  ["openai json", `${router.baseUrl}/v1/chat/completions`, { model: "local", messages }],
  ["ollama json", `${router.ollamaUrl}/api/chat`, { model: "local", messages, stream: false }],
  ["openai stream", `${router.baseUrl}/v1/chat/completions`, { model: "local", messages, stream: true }],
  ["ollama stream", `${router.ollamaUrl}/api/chat`, { model: "local", messages }],
];
for (const [, url, body] of cases) for (let n = 0; n < 30; n++) await time(url, body); // warm-up
// Interleaved, one request of each case in turn, so the machine's load drifts over all cases alike.
const times: number[][] = cases.map(() => []);
for (let n = 0; n < REQUESTS; n++) {
  for (const [i, [, url, body]] of cases.entries()) times[i]?.push(await time(url, body));
}
for (const [i, [name]] of cases.entries()) {
  const sorted = (times[i] ?? []).sort((a, b) => a - b);
  const line = `${name.padEnd(14)} p50 ${toPercentile(sorted, 0.5).toFixed(2)} ms  p95 ${
    toPercentile(sorted, 0.95).toFixed(2)
  } ms  (${REQUESTS} requests)`;
  Deno.stdout.writeSync(new TextEncoder().encode(line + "\n"));
}
