import type { RouterState } from "../../router_state.ts";
import {
  type CheckOutcome,
  fail,
  ok,
  type ProbeContext,
  ProbeFailure,
  toProbeSignal,
} from "./doctor_check.ts";
import { fetchJson } from "./probe_http.ts";
import { toContainerKey } from "./where_to_change.ts";

/**
 * vLLM answers chat only with `--runner generate` and embeddings only with `--runner pooling`: the other
 * route answers 400 "The model does not support Chat Completions API" (vllm-project/vllm
 * vllm/entrypoints/openai/api_server.py, `create_chat_completion` finds no `openai_serving_chat` for a
 * pooling model). So the embeddings backend is probed with an embedding, never with chat.
 */
export async function checkEmbeddings(
  state: RouterState,
  { name, context }: { name: string; context: ProbeContext },
): Promise<CheckOutcome> {
  const backend = state.config.backends[name]!;
  const advice = `routing.embeddingsBackend is "${name}": serve an embedding model there ` +
    `(vLLM with --runner pooling, ${toContainerKey(state.config, { backend: name, field: "cmd" })})`;
  const body = await fetchJson(`${backend.urls[0]}/embeddings`, {
    signal: toProbeSignal(context),
    headers: { "x-request-id": `doctor-${crypto.randomUUID()}-emb` },
    body: { model: backend.model, input: "ok" },
    advice,
  });
  const vector = (body as { data?: Array<{ embedding?: unknown }> }).data?.[0]?.embedding;
  if (!Array.isArray(vector) || vector.length === 0) return fail("the answer had no embedding", advice);
  return ok(`an embedding of ${vector.length} numbers`);
}

/**
 * A chat probe refused because the server runs an embedding model gets that advice, instead of advice
 * about the feature the probe was testing.
 */
export function explainChatRefusal(error: unknown, name: string): unknown {
  if (!(error instanceof ProbeFailure) || !/does not support Chat Completions/i.test(error.message)) {
    return error;
  }
  return new ProbeFailure(
    error.message,
    `backends.${name} serves an embedding model (vLLM --runner pooling): name it in ` +
      `routing.embeddingsBackend and keep it out of chat routes, or point backends.${name}.urls at a chat model`,
  );
}
