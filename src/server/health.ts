import { Hono } from "hono";
import type { Backend, ProbeResult } from "../backends/backend.ts";
import type { RouterState } from "../router_state.ts";
import { describeAudio } from "./describe_audio.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** Backends `/health/ready` waits for: the default chat backend and every one marked `required`. */
export function listRequiredBackends(state: RouterState): Backend[] {
  const { config, backends } = state;
  return [...backends.values()].filter((b) => b.name === config.routing.defaultBackend || b.config.required);
}

/** Something `/health/ready` can probe: a chat backend or an audio backend. */
type Probeable = Pick<Backend, "name" | "probe"> & { configured?: boolean };

/** Required backends of every kind: the chat ones above, and audio backends marked `required`. */
function listReadyChecks(state: RouterState): Probeable[] {
  const { transcription, translation, speech } = state.audio;
  const audio = [transcription, translation, speech]
    .filter((b): b is NonNullable<typeof b> =>
      b !== undefined && state.config.backends[b.name]?.required === true
    );
  const unique = new Map<string, Probeable>(audio.map((b) => [b.name, b]));
  return [...listRequiredBackends(state), ...unique.values()];
}

/** Non-label classifier replies in a row from which `/health/deep` warns (the alert rule uses the same). */
const NON_LABEL_WARNING_STREAK = 3;

/** The classifier's health: how many replies in a row were not a label, and what that usually means. */
async function describeClassifier(deps: RouteDeps, state: RouterState) {
  const streak = (await deps.metrics.classifierNonLabelStreak.get()).values[0]?.value ?? 0;
  return {
    backend: state.config.routing.classifier.backend,
    nonLabelStreak: streak,
    warning: streak >= NON_LABEL_WARNING_STREAK
      ? `The last ${streak} classifier replies were not a label, so requests get the default label: the server ` +
        "may be a vLLM older than 0.10.2 (no structured_outputs) or put the answer where the router does not read it"
      : null,
  };
}

async function probeAll<T extends Probeable>(backends: T[]): Promise<Array<[T, ProbeResult]>> {
  return await Promise.all(
    backends.map(async (backend): Promise<[T, ProbeResult]> => [
      backend,
      backend.configured === false
        ? { ok: false, latencyMs: 0, error: "not configured" }
        : await backend.probe(),
    ]),
  );
}

/** `GET /health` (liveness), `/health/ready` (required chat and audio backends answer) and `/health/deep` (everything). */
export function createHealthRoutes(deps: RouteDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get("/", (c) => c.json({ status: "ok" }))
    .get("/ready", async (c) => {
      const results = await probeAll(listReadyChecks(deps.state.current()));
      const reasons = results.filter(([, r]) => !r.ok).map(([b, r]) => `backend "${b.name}": ${r.error}`);
      const backends = Object.fromEntries(results.map(([b, r]) => [b.name, r.ok ? "up" : "down"]));
      return reasons.length === 0
        ? c.json({ status: "ready", backends })
        : c.json({ status: "not_ready", reasons, backends }, 503);
    })
    .get("/deep", async (c) => {
      const state = deps.state.current();
      const results = await probeAll([...state.backends.values()]);
      const required = new Set(listRequiredBackends(state).map((b) => b.name));
      const backends = Object.fromEntries(results.map(([backend, probe]) => [backend.name, {
        state: !backend.configured ? "unconfigured" : probe.ok ? "up" : "down",
        required: required.has(backend.name),
        location: backend.config.location,
        model: backend.config.model,
        urls: backend.config.urls,
        probe,
        ...backend.stats(),
      }]));
      const ready = results.every(([b, r]) => r.ok || !required.has(b.name));
      const memory = Deno.memoryUsage();
      return c.json({
        status: ready ? "ready" : "not_ready",
        config: { source: state.configSource, loadedAt: state.loadedAt.toISOString() },
        backends,
        classifier: await describeClassifier(deps, state),
        supervision: deps.supervision.describe(),
        audio: await describeAudio(state),
        process: {
          rssBytes: memory.rss,
          heapUsedBytes: memory.heapUsed,
          // What V8 holds for the main isolate's heap (used plus free pages it has not given back).
          heapTotalBytes: memory.heapTotal,
          // ArrayBuffers' memory, outside the JS heap: what RSS holds beyond the heap and the runtime.
          externalBytes: memory.external,
          uptimeSeconds: Math.round(performance.now() / 1000),
        },
      }, ready ? 200 : 503);
    });
}
