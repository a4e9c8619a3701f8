/**
 * Voice figures on the simulators (`deno run -A scripts/bench_realtime.ts [turns]`): the router and the
 * official openai Realtime client in one process, Whisper and Piper simulated over Wyoming, the model
 * simulated with no delay, so every millisecond measured is the router's own work plus the simulators'
 * (an upper bound on the added latency beyond the upstream delays).
 *
 * - turn: `input_audio_buffer.speech_stopped` → the first `response.output_audio.delta`, as the client sees it;
 * - barge-in: the `speech_started` of speech during an answer → the last answer audio delta received;
 * - memory: heap growth per open idle session (20 sessions).
 */
import { toPercentile } from "../src/to_percentile.ts";
import { toBase64 } from "../src/base64.ts";
import { openRealtimeClient, type RealtimeTestClient, speakWithEspeak } from "../tests/realtime_client.ts";
import { startRealtimeRouter } from "../tests/realtime_fixture.ts";

const turns = Number(Deno.args[0] ?? 30);

/**
 * Sends audio at the pace a microphone would (100 ms every 100 ms), so the client's and the server's event
 * handling do not pile up in the one process and the client's timestamps mean something.
 */
async function appendAudio(client: RealtimeTestClient, audio: Uint8Array): Promise<void> {
  for (let offset = 0; offset < audio.length; offset += 4800) {
    client.send({
      type: "input_audio_buffer.append",
      audio: toBase64(audio.subarray(offset, offset + 4800)),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const instant = { ttftMs: 0, interTokenMs: 0 };
await using box = await startRealtimeRouter({
  routerOptions: { behaviour: { primary: instant, cloud: instant } },
});
const speech = await speakWithEspeak("What is the weather like today?", { silenceMs: 700 });

const turnMs: number[] = [];
{
  await using client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
  await client.next("session.created");
  const at = new Map<unknown, number>();
  client.rt.on("event", (event) => at.set(event, performance.now()));
  for (let i = 0; i < turns; i++) {
    const from = client.events.length;
    const sending = appendAudio(client, speech);
    const stopped = await client.next("input_audio_buffer.speech_stopped", { from });
    const audio = await client.next("response.output_audio.delta", { from });
    await client.next("response.done", { from });
    await sending;
    turnMs.push((at.get(audio) ?? 0) - (at.get(stopped) ?? 0));
  }
}

const bargeInMs: number[] = [];
{
  const slow = { ttftMs: 0, interTokenMs: 40 };
  box.router.upstreams.primary.behaviour.interTokenMs = slow.interTokenMs;
  box.router.upstreams.cloud.behaviour.interTokenMs = slow.interTokenMs;
  await using client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
  await client.next("session.created");
  const at = new Map<unknown, number>();
  client.rt.on("event", (event) => at.set(event, performance.now()));
  const stop = await speakWithEspeak("Stop.", { silenceMs: 100 });
  for (let i = 0; i < Math.min(10, turns); i++) {
    const from = client.events.length;
    await appendAudio(client, speech);
    await client.next("response.output_audio.delta", { from });
    const interrupt = client.events.length;
    const interrupting = appendAudio(client, stop);
    const started = await client.next("input_audio_buffer.speech_started", { from: interrupt });
    await client.next("response.done", { from: interrupt });
    await interrupting;
    const deltas = client.events.slice(from).filter((e) => e.type === "response.output_audio.delta");
    const last = deltas.at(-1);
    bargeInMs.push(Math.max(0, (at.get(last) ?? 0) - (at.get(started) ?? 0)));
    // Let the interrupting turn's own answer finish before the next round.
    await client.next("response.done", {
      from: client.events.indexOf(started) + 1,
      where: (e) => e.response.status === "completed",
    }).catch(() => {});
  }
}

const sessions = 20;
(globalThis as { gc?: () => void }).gc?.();
const before = Deno.memoryUsage().heapUsed;
const open = [];
for (let i = 0; i < sessions; i++) {
  const client = await openRealtimeClient(box.router.baseUrl, { apiKey: "k", caCert: box.caCert });
  await client.next("session.created");
  open.push(client);
}
(globalThis as { gc?: () => void }).gc?.();
const perSession = (Deno.memoryUsage().heapUsed - before) / sessions;
for (const client of open) await client[Symbol.asyncDispose]();

const fmt = (values: number[], p: number) =>
  toPercentile([...values].sort((a, b) => a - b), p / 100).toFixed(1);
const lines = [
  `turns: ${turns}; speech_stopped -> first audio delta: p50 ${fmt(turnMs, 50)} ms, p99 ${
    fmt(turnMs, 99)
  } ms`,
  `barge-ins: ${bargeInMs.length}; speech_started -> last audio delta: p50 ${fmt(bargeInMs, 50)} ms, max ${
    Math.max(...bargeInMs).toFixed(1)
  } ms`,
  `memory per open session (heap, client and server in one process): ${(perSession / 1024).toFixed(0)} KiB`,
];
// deno-lint-ignore no-console
console.log(lines.join("\n"));
