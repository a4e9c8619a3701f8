import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import type { PriceConfig } from "../config/users_schema.ts";

/**
 * Tokens a finished request used (all steps) and what its cloud steps cost in US dollars: the charge the
 * cloud reported (`cost_usd`, search calls included) when there is one, else tokens times `prices`.
 */
export function priceSession(
  entry: SessionLogEntry,
  prices: Readonly<Record<string, PriceConfig>>,
): { tokens: number; cloudUsd: number } {
  let tokens = 0;
  let cloudUsd = 0;
  for (const step of entry.steps) {
    if (step.tokens) tokens += step.tokens.prompt + step.tokens.completion;
    if (step.location !== "cloud") continue;
    const price = prices[step.provider];
    if (typeof step.cost_usd === "number") cloudUsd += step.cost_usd;
    else if (step.tokens && price) {
      // Cached prompt tokens are charged at the cached rate (xAI: a quarter of the input price).
      const cached = Math.min(step.tokens.cached ?? 0, step.tokens.prompt);
      const cachedRate = price.cachedInputPerMillionUsd ?? price.inputPerMillionUsd;
      cloudUsd += ((step.tokens.prompt - cached) * price.inputPerMillionUsd + cached * cachedRate +
        step.tokens.completion * price.outputPerMillionUsd) / 1_000_000;
    }
  }
  return { tokens, cloudUsd };
}
