import type { Config } from "../config/config_schema.ts";
import { explainMeta, type MetaTrace } from "./detect_meta.ts";
import type { MetaRequestSignals } from "./meta_view.ts";
import { estimateTokens, type RoutingMessage } from "./render_prompt.ts";
import type { ModelTarget } from "./resolve_model.ts";

/** A route decided by a deterministic rule, before (and instead of) the classifier. */
export interface RuleDecision {
  /** The rule's name, as logged (`rule`) and counted (`ai_router_rule_decisions_total`). */
  rule: "alias" | "meta" | "vision" | "long-context";
  route: string;
  backend: string;
  /** For META: the marker that matched (`ai_router_meta_detections_total`). */
  marker?: string;
  /** For META: the signals that fired (the session log's `meta_signals`). */
  signals?: string[];
}

/** What the rule stage looks at. */
export interface RuleInput {
  messages: readonly RoutingMessage[];
  model: string | undefined;
  target: ModelTarget;
  /** Value of `routing.meta.taskHeader` on the request. */
  taskHeader: string | null;
  /** The vision backend, set when the request holds images (found and checked by the vision stage). */
  visionBackend?: string | undefined;
  /** `stream`, `max_tokens` and `response_format`, weighed by META detection. */
  request?: MetaRequestSignals;
  /** The prompt's estimated tokens, when the caller already has (or caches) them. */
  promptTokens?: () => number;
  /** Told how close a request that is not META came (`meta_trace` in the session log; `MetaTrace`). */
  onMetaNearMiss?: (trace: MetaTrace) => void;
}

/**
 * The rule stage, in order: vision, alias, META, long context. Images come first: a text-only model
 * cannot see them, whatever alias or task marker the request carries; an alias to a backend that takes
 * images keeps its choice. Returns undefined when the classifier should decide. User policy (cloud not
 * permitted or over budget) is applied when the plan is chosen.
 */
export function applyRules(input: RuleInput, config: Config): RuleDecision | undefined {
  const { routing } = config;
  const { target, visionBackend } = input;
  const aliasSeesImages = target.kind === "alias" &&
    config.backends[target.backend]?.inputModalities.includes("image") === true;
  if (visionBackend && !aliasSeesImages) return { rule: "vision", route: "VISION", backend: visionBackend };
  if (target.kind === "alias") {
    return { rule: "alias", route: "ALIAS", backend: target.backend };
  }
  const verdict = explainMeta({
    messages: input.messages,
    model: input.model,
    taskHeader: input.taskHeader,
    taskModels: routing.meta.taskModels,
    ...(input.request ? { request: input.request } : {}),
  }, input.onMetaNearMiss ? { onNearMiss: input.onMetaNearMiss } : {});
  if (verdict) {
    const backend = routing.meta.backend ?? routing.defaultBackend;
    return { rule: "meta", route: "META", backend, marker: verdict.marker, signals: verdict.signals };
  }
  const promptTokens = input.promptTokens ?? (() => estimateTokens(input.messages));
  if (routing.longContextTokens !== undefined && promptTokens() > routing.longContextTokens) {
    return {
      rule: "long-context",
      route: "LONG_CONTEXT",
      backend: routing.longContextBackend ?? routing.defaultBackend,
    };
  }
  return undefined;
}
