import assert from "node:assert/strict";
import { createSilentLogger } from "../logger.ts";
import type { ContainerRuntime, EngineEvent } from "./container_runtime.ts";
import { watchEngine } from "./watch_engine.ts";

Deno.test("watchEngine() reconnects after the event stream drops and resyncs before following again", async () => {
  const calls: string[] = [];
  const events: EngineEvent[] = [];
  const stop = new AbortController();
  let connections = 0;
  const runtime = {
    watchEvents: (_labels: readonly string[], onEvent: (event: EngineEvent) => void, signal: AbortSignal) => {
      connections++;
      calls.push(`connect ${connections}`);
      if (connections === 1) return Promise.reject(new TypeError("connection reset"));
      if (connections === 2) {
        onEvent({ action: "die", id: "abc", labels: { "ai.router.name": "web" } });
        return Promise.resolve(); // the engine closed the stream
      }
      const ended = new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve()));
      stop.abort();
      return ended;
    },
  } as unknown as ContainerRuntime;
  await watchEngine({
    runtime,
    labels: ["ai.router.managed=1"],
    onEvent: (event) => events.push(event),
    onResync: () => {
      calls.push("resync");
      return Promise.resolve();
    },
    signal: stop.signal,
    logger: createSilentLogger(),
    retryMs: 1,
  });
  assert.deepEqual(calls, ["connect 1", "resync", "connect 2", "resync", "connect 3"]);
  assert.deepEqual(events.map((e) => e.action), ["die"]);
});
