import type { SseEventRewrite } from "./map_sse_events.ts";

/** The usage-only chunk (`choices: []` plus `usage`) that a client which did not ask for it must not get. */
function isUsageOnlyEvent(event: string): boolean {
  if (!event.startsWith("data: ") || !event.includes('"usage"')) return false;
  try {
    const chunk = JSON.parse(event.slice(6)) as { choices?: unknown; usage?: unknown };
    return Array.isArray(chunk.choices) && chunk.choices.length === 0 && chunk.usage != null;
  } catch {
    return false;
  }
}

/**
 * Removes the usage-only chunk the router asked for on the client's behalf from a relayed stream, as a rewrite
 * of one SSE event for `mapSseEvents`: undefined for that event, every other unchanged. The session log still
 * reads the usage (it sees the chunks before this).
 */
export const dropUsageEvent: SseEventRewrite = Object.assign(
  (event: string) => isUsageOnlyEvent(event) ? undefined : event,
  // An event without it is kept as it is: most chunks are relayed without being decoded.
  { onlyWith: '"usage"' },
);
