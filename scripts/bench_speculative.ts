/**
 * Measures what the speculative local start saves: time to the first streamed byte for local answers
 * (SIMPLE) with `routing.speculative` on and off, against the simulator (classifier 150 ms, local
 * model TTFT 60 ms). Run: deno run -A scripts/bench_speculative.ts [requests]
 */
import { startTestRouter } from "../tests/test_router.ts";
import { toPercentile } from "../src/to_percentile.ts";

const REQUESTS = Number(Deno.args[0] ?? 30);
const encoder = new TextEncoder();

async function measure(speculative: boolean): Promise<number[]> {
  await using router = await startTestRouter({
    extraYaml: `routing:\n  speculative: ${speculative}\n`,
    behaviour: { classifier: { ttftMs: 150 }, primary: { ttftMs: 60, interTokenMs: 15 } },
  });
  const times: number[] = [];
  for (let n = 0; n < REQUESTS; n++) {
    const started = performance.now();
    const response = await fetch(`${router.baseUrl}/v1/chat/completions`, {
      method: "POST",
      // A new text each time: a classifier cache hit would hide the classifier's latency.
      body: JSON.stringify({
        model: "ai-router",
        stream: true,
        messages: [{ role: "user", content: `hi ${n}` }],
      }),
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    times.push(performance.now() - started);
    while (!(await reader.read()).done) { /* drain */ }
  }
  return times.sort((a, b) => a - b);
}

const off = await measure(false);
const on = await measure(true);
const line = (name: string, t: number[]) =>
  `${name.padEnd(16)} p50 ${toPercentile(t, 0.5).toFixed(1)} ms  p95 ${
    toPercentile(t, 0.95).toFixed(1)
  } ms  (${t.length} requests)`;
Deno.stdout.writeSync(encoder.encode(
  [
    "Time to first streamed byte, SIMPLE route (classifier 150 ms, local TTFT 60 ms):",
    line("speculative off", off),
    line("speculative on", on),
    `saved at p50: ${(toPercentile(off, 0.5) - toPercentile(on, 0.5)).toFixed(1)} ms`,
  ].join("\n") + "\n",
));
