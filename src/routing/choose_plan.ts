import type { Config } from "../config/config_schema.ts";

/** Why a backend cannot take a request now (`not configured`, `over budget`, …), or undefined when it can. */
export type Availability = (backend: string) => string | undefined;

/** What the router will do for a request once its label is known. */
export interface Plan {
  route: string;
  kind: "single" | "enrich";
  /** Answers the request. */
  backend: string;
  /** `enrich` only: gathers the context first. */
  enrichBackend?: string;
  /** Tried when `backend` fails before its first byte. */
  fallback?: string;
  /** Set when the planned backend was replaced before any call: which and why. */
  fellBack?: { from: string; reason: string };
}

/** A classifier decision after the low-confidence policy. */
export interface LabelChoice {
  label: string;
  /** True when the policy changed the label. */
  adjusted: boolean;
}

/** Applies `routing.classifier.lowConfidence` to a label whose confidence is under `minConfidence`. */
export function applyConfidencePolicy(
  label: string,
  options: { confidence: number | null; config: Config },
): LabelChoice {
  const { confidence, config } = options;
  const { classifier, labels } = config.routing;
  if (confidence === null || confidence >= classifier.minConfidence || classifier.lowConfidence === "keep") {
    return { label, adjusted: false };
  }
  if (classifier.lowConfidence === "default") {
    return { label: classifier.defaultLabel, adjusted: label !== classifier.defaultLabel };
  }
  const next = labels[labels.indexOf(label) + 1];
  return next === undefined ? { label, adjusted: false } : { label: next, adjusted: true };
}

/** Options for {@linkcode choosePlan}. */
export interface ChoosePlanOptions {
  config: Config;
  isAvailable: Availability;
  /** Estimates the prompt's tokens; 0 when omitted. */
  promptTokens?: () => number;
}

/**
 * Maps a label to its plan (`routing.plans`), replacing backends that are unavailable now: the plan's
 * fallback, else the default backend. A plan with `longContext` answers long prompts (estimated by
 * `promptTokens`, called only for such plans) with its long-context backend, falling back to its
 * usual one. An ENRICH plan whose context backend is unavailable answers locally without context.
 */
export function choosePlan(label: string, options: ChoosePlanOptions): Plan {
  const { config, isAvailable, promptTokens = () => 0 } = options;
  const { plans, defaultBackend, meta } = config.routing;
  // META offered as a label (the classifier as a second net): without a plan of its own it goes where the
  // META rule sends housekeeping, the fast model.
  const unplanned = label === "META" ? meta.backend ?? defaultBackend : defaultBackend;
  const configured = plans[label] ?? { kind: "single" as const, backend: unplanned };
  const long = configured.longContext !== undefined && promptTokens() >= configured.longContext.aboveTokens;
  const planned = long && configured.longContext
    ? {
      ...configured,
      backend: configured.longContext.backend,
      fallback: configured.fallback ?? configured.backend,
    }
    : configured;
  const pick = (wanted: string, fallback: string | undefined) => {
    const reason = isAvailable(wanted);
    if (reason === undefined) return { backend: wanted };
    const replacement = fallback !== undefined && isAvailable(fallback) === undefined
      ? fallback
      : defaultBackend;
    return { backend: replacement, fellBack: { from: wanted, reason } };
  };
  const answer = pick(planned.backend, planned.fallback);
  const plan: Plan = { route: label, kind: "single", ...answer };
  if (
    answer.fellBack === undefined && planned.fallback !== undefined &&
    isAvailable(planned.fallback) === undefined
  ) {
    plan.fallback = planned.fallback;
  }
  if (planned.kind !== "enrich" || planned.enrichBackend === undefined) return plan;
  const reason = isAvailable(planned.enrichBackend);
  if (reason !== undefined) return { ...plan, fellBack: { from: planned.enrichBackend, reason } };
  return { ...plan, kind: "enrich", enrichBackend: planned.enrichBackend };
}
