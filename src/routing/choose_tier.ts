import type { TiersConfig } from "../config/config_schema.ts";

/** How hard a chat request is, as the classifier's label says. */
export type ChatTier = "simple" | "general" | "complex";

/** What the tier choice needs to know about one request. */
export interface TierRequest {
  /** `code` for coding requests (classifier label, alias or `/v1/completions`), else `chat`. */
  task: "code" | "chat";
  tier: ChatTier;
  /** Estimated prompt tokens, history included. */
  promptTokens: number;
  /** False when the user may not use the cloud (policy or budget). */
  cloudAllowed: boolean;
}

/** The backend picked and why, for the `x-ai-router-route` header and the session log. */
export interface TierChoice {
  backend: string;
  reason: string;
}

/** Maps the default classifier labels to chat tiers; unknown labels count as general. */
export function toChatTier(label: string): ChatTier {
  const upper = label.toUpperCase();
  if (upper === "SIMPLE") return "simple";
  if (upper === "COMPLEX") return "complex";
  return "general";
}

/** A cheap token estimate (about four characters per token for English and code). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * The Thor profile's model tiers: code by context size (short prompts to the dense coder, long ones
 * to the long-context MoE coder), chat by tier (simple → small, general → medium, complex → large or
 * the cloud where the user may). A missing tier falls back to the nearest configured one, then to
 * `fallback`. Pure.
 */
export function chooseTier(request: TierRequest, tiers: TiersConfig, fallback: string): TierChoice {
  if (request.task === "code") {
    const long = request.promptTokens >= tiers.codeContextThreshold;
    const backend = long
      ? tiers.codeLongBackend ?? tiers.codeBackend
      : tiers.codeBackend ?? tiers.codeLongBackend;
    const size = `${request.promptTokens} tokens ${long ? ">=" : "<"} ${tiers.codeContextThreshold}`;
    return backend
      ? { backend, reason: `code, ${size}` }
      : { backend: fallback, reason: "code, no code tier" };
  }
  if (request.tier === "complex") {
    if (request.cloudAllowed && tiers.complexCloudBackend) {
      return { backend: tiers.complexCloudBackend, reason: "complex, cloud allowed" };
    }
    const backend = tiers.complexBackend ?? tiers.generalBackend;
    const why = request.cloudAllowed ? "complex" : "complex, cloud not allowed";
    return { backend: backend ?? fallback, reason: why };
  }
  if (request.tier === "simple") {
    return { backend: tiers.simpleBackend ?? tiers.generalBackend ?? fallback, reason: "simple" };
  }
  return { backend: tiers.generalBackend ?? fallback, reason: "general" };
}
