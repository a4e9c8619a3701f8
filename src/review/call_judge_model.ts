import type { Backend } from "../backends/backend.ts";
import { readContextAnswer } from "../relay/read_context_answer.ts";
import { relayJson } from "../relay/relay_answer.ts";
import type { Config } from "../config/config_schema.ts";
import type { RouterState } from "../router_state.ts";

/** What one judge call answered and used. */
export interface JudgeAnswer {
  text: string;
  tokens: { prompt: number; completion: number };
}

/** Finds the judge backend and refuses a cloud judge the config does not allow (prompts would leave the box). */
export function resolveJudgeBackend(state: RouterState, name: string | undefined): Backend {
  const chosen = name ?? state.config.review.judgeBackend;
  if (chosen === undefined) {
    throw new TypeError("Missing --judge BACKEND (or review.judgeBackend in the config)");
  }
  const backend = state.backends.get(chosen);
  if (!backend || backend.config.kind !== "openai") {
    throw new TypeError(`Cannot judge: no chat backend named "${chosen}"`);
  }
  if (backend.config.location === "cloud" && !state.config.review.cloudJudge) {
    throw new TypeError(
      `Cannot judge with "${chosen}": it is a cloud backend and review.cloudJudge is not true in the config`,
    );
  }
  return backend;
}

/** The most a call with this many prompt characters and `maxTokens` could cost on `backend` (0 when unpriced). */
export function estimateCallUsd(
  config: Config,
  { backend, promptChars, maxTokens }: { backend: string; promptChars: number; maxTokens: number },
): number {
  return toUsd(config, { backend, tokens: { prompt: Math.ceil(promptChars / 3), completion: maxTokens } });
}

/** What tokens cost on a backend, from `prices` (0 when unpriced, e.g. a local judge). */
export function toUsd(
  config: Config,
  { backend, tokens }: { backend: string; tokens: JudgeAnswer["tokens"] },
): number {
  const price = config.prices[backend];
  if (!price) return 0;
  return (tokens.prompt * price.inputPerMillionUsd + tokens.completion * price.outputPerMillionUsd) /
    1_000_000;
}

/** Sends one non-streaming chat request to the judge, reasoning off, temperature 0. */
export async function callJudgeModel(
  backend: Backend,
  request: { system: string; user: string; maxTokens: number; requestId: string },
): Promise<JudgeAnswer> {
  // One deadline for the whole call, the body included: a judge that stalls after its headers is cut too.
  const signal = AbortSignal.timeout(120_000);
  const upstream = await backend.send({
    path: "/chat/completions",
    body: {
      model: backend.config.model,
      messages: [{ role: "system", content: request.system }, { role: "user", content: request.user }],
      "max_tokens": request.maxTokens,
      temperature: 0,
      stream: false,
      // vLLM + Qwen3: no thinking before the JSON (docs/decisions.md, "Cloud calls"); a cloud API has no chat template.
      ...backend.config.location === "local" ? { "chat_template_kwargs": { "enable_thinking": false } } : {},
    },
    signal,
    requestId: request.requestId,
  });
  const { json } = await relayJson(upstream, { backend, signal });
  const answer = readContextAnswer(json);
  const text = answer.text.replace(/<think>[\s\S]*?<\/think>/g, "").trim();
  return { text, tokens: answer.tokens ?? { prompt: 0, completion: 0 } };
}
