import { readContextAnswer } from "../../relay/read_context_answer.ts";
import { dropParams } from "../../chat/drop_params.ts";
import type { BackendConfig } from "../../config/backend_schema.ts";
import type { SecretLookup } from "../../config/load_secrets.ts";
import type { RouterState } from "../../router_state.ts";
import {
  type CheckOutcome,
  type DoctorCheck,
  fail,
  ok,
  type ProbeContext,
  ProbeFailure,
  runCheck,
  skip,
  toProbeSignal,
} from "./doctor_check.ts";
import { fetchJson, sendProbe } from "./probe_http.ts";

/** xAI reports charges in ticks: 1 USD = 10^10 ticks (docs.x.ai/developers/cost-tracking). */
const TICKS_PER_USD = 1e10;

/** Parameters xAI's reasoning models refuse with 400 (docs.x.ai, "Reasoning"), sent to see them dropped. */
const REFUSED_BY_REASONING_MODELS: Record<string, unknown> = {
  stop: ["\n\n\n"],
  "presence_penalty": 0,
  "frequency_penalty": 0,
};

/** The key, the model, one search through the Responses API and a dropped parameter, per cloud backend. */
export async function checkCloudBackends(
  state: RouterState,
  { getSecret, context }: { getSecret: SecretLookup; context: ProbeContext },
): Promise<DoctorCheck[]> {
  const clouds = Object.entries(state.config.backends).filter(([, b]) => b.location === "cloud");
  const runs = clouds.map(async ([name, backend]) => {
    const head = (check: string) => ({ family: "cloud", target: name, name: check });
    const key = backend.apiKeyEnv ? getSecret(backend.apiKeyEnv) : undefined;
    const keyAdvice = `set ${backend.apiKeyEnv ?? `backends.${name}.apiKeyEnv`} in the secrets file ` +
      `(/etc/ai-router/.secrets, mode 0600) or the environment`;
    if (backend.apiKeyEnv && !key) {
      return [{ ...head("key"), ...fail(`${backend.apiKeyEnv} is not set`, keyAdvice) }];
    }
    const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
    const unreachable = `check backends.${name}.urls and the box's internet connection`;
    const keyCheck = await runCheck(head("key and model"), {
      probe: async () => {
        const body = await fetchJson(`${backend.urls[0]}/models`, {
          signal: toProbeSignal(context),
          headers,
          advice: keyAdvice,
        });
        const ids = ((body as { data?: Array<{ id?: unknown }> }).data ?? []).map((m) => String(m.id));
        if (ids.includes(backend.model)) return ok(`key accepted, "${backend.model}" listed`);
        return fail(
          `key accepted, but "${backend.model}" is not listed (${ids.slice(0, 8).join(", ")})`,
          `set backends.${name}.model to a current model id, and its prices.${name}`,
        );
      },
      onError: unreachable,
    });
    if (keyCheck.status === "fail") return [keyCheck];
    return [
      keyCheck,
      await runCheck(head("search"), {
        probe: () => checkSearch(state, { name, headers, context }),
        onError: unreachable,
      }),
      await runCheck(head("dropped parameters"), {
        probe: () => checkDropped(name, { backend, headers, context }),
        onError: unreachable,
      }),
    ];
  });
  return (await Promise.all(runs)).flat();
}

async function checkSearch(
  state: RouterState,
  { name, headers, context }: { name: string; headers: Record<string, string>; context: ProbeContext },
): Promise<CheckOutcome> {
  const backend = state.config.backends[name]!;
  if (!backend.searchTools?.length) return skip(`no backends.${name}.searchTools`);
  const advice = `check backends.${name}.searchTools (${
    backend.searchTools.join(", ")
  }) against the cloud's tools`;
  // A search hop can take 20-45 s (docs/decisions.md, "Cloud calls"), so this probe gets the longest wait.
  const body = await fetchJson(`${backend.urls[0]}/responses`, {
    signal: toProbeSignal(context, Math.max(context.probeTimeoutMs, 45_000)),
    headers,
    body: {
      model: backend.model,
      input: [{ role: "user", content: "What is the capital of France? One word." }],
      tools: backend.searchTools.map((type) => ({ type })),
      "max_output_tokens": 256,
      store: false,
    },
    advice,
  });
  const { text } = readContextAnswer(body);
  if (!text) throw new ProbeFailure("the Responses API answered no text", advice);
  const ticks = Number((body as { usage?: Record<string, unknown> }).usage?.["cost_in_usd_ticks"]);
  if (Number.isFinite(ticks)) {
    return ok(`answered ${text.length} characters for $${(ticks / TICKS_PER_USD).toFixed(4)}`);
  }
  const priced = name in state.config.prices;
  if (priced) return ok(`answered ${text.length} characters; no cost reported, spend from prices.${name}`);
  return fail(
    `answered ${text.length} characters but reported no cost, and prices.${name} is unset`,
    `set prices.${name} (input/output per million tokens) so spend and budgets count`,
  );
}

async function checkDropped(
  name: string,
  { backend, headers, context }: {
    backend: BackendConfig;
    headers: Record<string, string>;
    context: ProbeContext;
  },
): Promise<CheckOutcome> {
  // The body the router would send: the refused parameters, minus the backend's dropParams (as start_attempt does).
  const body: Record<string, unknown> = {
    model: backend.model,
    messages: [{ role: "user", content: "Say ok." }],
    "max_tokens": 16,
    ...REFUSED_BY_REASONING_MODELS,
  };
  dropParams(body, backend.dropParams);
  const kept = Object.keys(REFUSED_BY_REASONING_MODELS).filter((p) => p in body);
  const response = await sendProbe(`${backend.urls[0]}/chat/completions`, {
    signal: toProbeSignal(context),
    headers,
    body,
  });
  const text = await response.text();
  if (response.ok) {
    return ok(kept.length ? `accepts ${kept.join(", ")}` : "stop and the penalties dropped, accepted");
  }
  return fail(
    `answered ${response.status} to a request with ${kept.join(", ")}: ${text.slice(0, 160)}`,
    `add ${kept.join(", ")} to backends.${name}.dropParams`,
  );
}
