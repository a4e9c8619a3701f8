import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import type { PriceConfig } from "../config/users_schema.ts";

/** Tokens a finished request used (all steps) and what its cloud steps cost in US dollars. */
export function priceSession(
  entry: SessionLogEntry,
  prices: Readonly<Record<string, PriceConfig>>,
): { tokens: number; cloudUsd: number } {
  let tokens = 0;
  let cloudUsd = 0;
  for (const step of entry.steps) {
    if (!step.tokens) continue;
    tokens += step.tokens.prompt + step.tokens.completion;
    const price = prices[step.provider];
    if (step.location === "cloud" && price) {
      cloudUsd += (step.tokens.prompt * price.inputPerMillionUsd +
        step.tokens.completion * price.outputPerMillionUsd) / 1_000_000;
    }
  }
  return { tokens, cloudUsd };
}
