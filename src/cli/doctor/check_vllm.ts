import { buildClassifierBody } from "../../classifier/create_classifier.ts";
import { readClassifierReply } from "../../classifier/read_classifier_reply.ts";
import type { BackendConfig } from "../../config/backend_schema.ts";
import type { RouterState } from "../../router_state.ts";
import { compareReleases } from "../../supervisor/find_image_problems.ts";
import {
  type CheckOutcome,
  type DoctorCheck,
  fail,
  ok,
  type ProbeContext,
  runCheck,
  toProbeSignal,
} from "./doctor_check.ts";
import { checkEmbeddings, explainChatRefusal } from "./check_embeddings.ts";
import { fetchJson, fetchSse, toServerRoot } from "./probe_http.ts";
import { toContainerKey } from "./where_to_change.ts";

/**
 * The oldest vLLM with everything the router sends: `structured_outputs` (the classifier's label choice)
 * arrived in 0.10.2, before it the field is ignored and the label comes back as prose (vLLM release notes,
 * quoted in huggingface/smolagents#1805). The profiles pin the version the simulator plays by default.
 */
const VLLM_MIN_VERSION = "0.10.2";
const VLLM_PINNED_IMAGE = "vllm/vllm-openai:v0.20.2";

/** A conversation with one obvious label, so the check does not depend on the model's judgement. */
const FIXED_CONVERSATION = [{ role: "user", content: "hi there" }];

/** Local OpenAI-style backends (vLLM, chat or embeddings); audio backends have their own checks. */
function listVllmBackends(state: RouterState): Array<[string, BackendConfig]> {
  const { audio } = state.config;
  const audioNames = new Set([audio.transcriptionBackend, audio.translationBackend, audio.speechBackend]);
  return Object.entries(state.config.backends).filter(([name, b]) =>
    b.kind === "openai" && b.location === "local" && !audioNames.has(name)
  );
}

/** Every vLLM check for every local chat or embeddings backend. */
export async function checkVllmBackends(state: RouterState, context: ProbeContext): Promise<DoctorCheck[]> {
  const runs = listVllmBackends(state).map(([name, backend]) =>
    checkOneVllm(state, { name, backend, context })
  );
  return (await Promise.all(runs)).flat();
}

async function checkOneVllm(
  state: RouterState,
  { name, backend, context }: { name: string; backend: BackendConfig; context: ProbeContext },
): Promise<DoctorCheck[]> {
  const base = backend.urls[0] as string;
  const head = (check: string) => ({ family: "vllm", target: name, name: check });
  const unreachable = `start the server of backends.${name} (${base}) or fix backends.${name}.urls`;
  const checks = [
    runCheck(head("version"), {
      probe: () => checkVersion(state, { name, base, context }),
      onError: unreachable,
    }),
    runCheck(head("served model"), {
      probe: () => checkServedModel(state, { name, base, context }),
      onError: unreachable,
    }),
  ];
  if (name === state.config.routing.embeddingsBackend) {
    checks.push(
      runCheck(head("embeddings"), {
        probe: () => checkEmbeddings(state, { name, context }),
        onError: unreachable,
      }),
    );
    return await Promise.all(checks);
  }
  checks.push(
    runCheck(head("stream usage"), {
      probe: () =>
        checkStreamUsage(state, { name, base, context }).catch((error) => {
          throw explainChatRefusal(error, name);
        }),
      onError: unreachable,
    }),
  );
  if (name === state.config.routing.classifier.backend) {
    checks.push(
      runCheck(head("classifier label"), {
        probe: () => checkClassifier(state, { name, context }),
        onError: unreachable,
      }),
    );
  }
  if (backend.reasoning) {
    checks.push(
      runCheck(head("thinking off"), {
        probe: () => checkThinkingOff(state, { name, base, context }),
        onError: unreachable,
      }),
    );
  }
  return await Promise.all(checks);
}

async function checkVersion(
  state: RouterState,
  { name, base, context }: { name: string; base: string; context: ProbeContext },
) {
  const upgrade = `use ${VLLM_PINNED_IMAGE} (${
    toContainerKey(state.config, { backend: name, field: "image" })
  })`;
  const body = await fetchJson(`${toServerRoot(base)}/version`, {
    signal: toProbeSignal(context),
    advice: upgrade,
  });
  const version = String((body as { version?: unknown }).version ?? "");
  if (!/^v?\d/.test(version)) return fail(`GET /version answered no version`, upgrade);
  if (compareReleases(version, VLLM_MIN_VERSION) < 0) {
    return fail(`vLLM ${version} is older than ${VLLM_MIN_VERSION}: it ignores structured_outputs`, upgrade);
  }
  return ok(`vLLM ${version}`);
}

async function checkServedModel(
  state: RouterState,
  { name, base, context }: { name: string; base: string; context: ProbeContext },
) {
  const { model } = state.config.backends[name]!;
  const body = await fetchJson(`${base}/models`, {
    signal: toProbeSignal(context),
    advice: `check backends.${name}.urls`,
  });
  const served = ((body as { data?: Array<{ id?: unknown }> }).data ?? []).map((m) => String(m.id));
  if (served.includes(model)) return ok(`serves "${model}"`);
  return fail(
    `backends.${name}.model "${model}" is not served (served: ${served.join(", ") || "none"})`,
    `set backends.${name}.model to one of ${served.map((s) => `"${s}"`).join(", ") || "the served names"}, ` +
      `or --served-model-name ${model} in ${toContainerKey(state.config, { backend: name, field: "cmd" })}`,
  );
}

async function checkClassifier(
  state: RouterState,
  { name, context }: { name: string; context: ProbeContext },
): Promise<CheckOutcome> {
  const backend = state.config.backends[name]!;
  const { model, contextLength } = backend;
  const body = buildClassifierBody(state, { model, contextLength, messages: FIXED_CONVERSATION });
  const advice =
    `vLLM ${VLLM_MIN_VERSION} or newer answers structured_outputs with a label: use ${VLLM_PINNED_IMAGE} ` +
    `(${
      toContainerKey(state.config, { backend: name, field: "image" })
    }), or point routing.classifier.backend at a vLLM backend`;
  const reply = await fetchJson(`${backend.urls[0]}/chat/completions`, {
    signal: toProbeSignal(context),
    headers: { "x-request-id": `doctor-${crypto.randomUUID()}-cls` },
    body,
    advice,
  });
  try {
    const { label, confidence } = readClassifierReply(reply, state.config.routing.labels);
    if (confidence === null) return fail(`answered "${label}" without logprobs`, advice);
    return ok(`answered "${label}" (confidence ${confidence.toFixed(2)})`);
  } catch (error) {
    return fail((error as Error).message, advice);
  }
}

function toDeltas(events: string[]) {
  return events.filter((e) => e !== "[DONE]").map((e) =>
    JSON.parse(e) as {
      choices?: Array<{ delta?: { content?: unknown; reasoning?: unknown; reasoning_content?: unknown } }>;
      usage?: { total_tokens?: unknown } | null;
    }
  );
}

async function checkThinkingOff(
  state: RouterState,
  { name, base, context }: { name: string; base: string; context: ProbeContext },
) {
  const advice =
    `use the model's built-in reasoning parser (--reasoning-parser qwen3 for Qwen3, nemotron_v3 for Nemotron 3) in ` +
    toContainerKey(state.config, { backend: name, field: "cmd" });
  const events = await fetchSse(`${base}/chat/completions`, {
    signal: toProbeSignal(context),
    body: {
      model: state.config.backends[name]!.model,
      messages: [{ role: "user", content: "Say hello in five words." }],
      stream: true,
      "max_tokens": 64,
      "chat_template_kwargs": { "enable_thinking": false },
    },
    advice,
  });
  const deltas = toDeltas(events).flatMap((e) => e.choices ?? []).map((c) => c.delta ?? {});
  const content = deltas.map((d) => typeof d.content === "string" ? d.content : "").join("");
  if (content.trim()) return ok(`streamed ${content.length} characters of content`);
  const reasoning = deltas.some((d) => d.reasoning || d.reasoning_content);
  return fail(reasoning ? "the answer came only as reasoning deltas" : "the stream had no content", advice);
}

async function checkStreamUsage(
  state: RouterState,
  { name, base, context }: { name: string; base: string; context: ProbeContext },
) {
  const backend = state.config.backends[name]!;
  const advice =
    `vLLM sends a usage chunk when stream_options.include_usage is set; use ${VLLM_PINNED_IMAGE} ` +
    `(${toContainerKey(state.config, { backend: name, field: "image" })})`;
  const events = await fetchSse(`${base}/chat/completions`, {
    signal: toProbeSignal(context),
    body: {
      model: backend.model,
      messages: [{ role: "user", content: "Say ok." }],
      stream: true,
      "stream_options": { "include_usage": true },
      "max_tokens": 16,
      ...(backend.reasoning ? { "chat_template_kwargs": { "enable_thinking": false } } : {}),
    },
    advice,
  });
  if (events.at(-1) !== "[DONE]") return fail("the stream did not end with [DONE]", advice);
  const last = toDeltas(events).at(-1);
  if (!last?.usage || typeof last.usage.total_tokens !== "number") {
    return fail("no usage chunk before [DONE]", advice);
  }
  return ok(`usage chunk (${last.usage.total_tokens} tokens) then [DONE]`);
}
