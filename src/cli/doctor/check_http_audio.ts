import type { RouterState } from "../../router_state.ts";
import {
  type DoctorCheck,
  fail,
  ok,
  type ProbeContext,
  runCheck,
  skip,
  toProbeSignal,
} from "./doctor_check.ts";
import { fetchJson } from "./probe_http.ts";

/** Health and model list of an HTTP audio server (speaches, whisper.cpp, Piper's HTTP server). */
export async function checkHttpAudio(
  state: RouterState,
  { name, context }: { name: string; context: ProbeContext },
): Promise<DoctorCheck[]> {
  const backend = state.config.backends[name]!;
  const { speech, transcription, translation } = state.audio;
  const runtime = [speech, transcription, translation].find((b) => b?.name === name);
  const head = (check: string) => ({ family: "speech", target: name, name: check });
  const unreachable = `start the server of backends.${name} (${
    backend.urls[0]
  }) or fix backends.${name}.urls`;
  const health = runCheck(head("health"), {
    probe: async () => {
      const result = await runtime!.probe(toProbeSignal(context));
      return result.ok
        ? ok(`answered in ${result.latencyMs} ms`)
        : fail(result.error ?? "not healthy", unreachable);
    },
    onError: unreachable,
  });
  const models = runCheck(head("models"), {
    probe: async () => {
      if (speech?.name === name) {
        const voices = await speech.listVoices(toProbeSignal(context));
        if (voices.length === 0) return skip("the server cannot list its voices");
        return voices.includes(backend.model) ? ok(`lists "${backend.model}"`) : fail(
          `does not list "${backend.model}" (${voices.slice(0, 5).join(", ")})`,
          `set backends.${name}.model`,
        );
      }
      // whisper.cpp's server has no model list (ggml-org/whisper.cpp examples/server); it serves what it loaded.
      if (backend.kind !== "openai" || backend.whisperFlavour === "whisper.cpp") return skip("no model list");
      const body = await fetchJson(`${backend.urls[0]}/models`, {
        signal: toProbeSignal(context),
        advice: unreachable,
      });
      const ids = ((body as { data?: Array<{ id?: unknown }> }).data ?? []).map((m) => String(m.id));
      return ids.includes(backend.model) ? ok(`lists "${backend.model}"`) : fail(
        `does not list "${backend.model}" (${ids.slice(0, 5).join(", ")})`,
        `set backends.${name}.model`,
      );
    },
    onError: unreachable,
  });
  return await Promise.all([health, models]);
}
