import type { ChatRequest } from "./chat_request.ts";
import type { RouteDecision } from "./decide_route.ts";

/** `x-ai-router-rule`: the rule that decided (`meta`, `alias`, `vision`, `long-context`) or `classifier`. */
export function toRuleHeader(decision: RouteDecision): string {
  return decision.rule?.name ?? "classifier";
}

/** The client's length cap (`max_tokens` or `max_completion_tokens`), if it sent one. */
export function toClientCap(request: ChatRequest): number | undefined {
  const cap = request.max_tokens ?? request.max_completion_tokens;
  return typeof cap === "number" ? cap : undefined;
}
