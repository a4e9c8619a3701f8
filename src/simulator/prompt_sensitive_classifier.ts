/**
 * A SIMULATION of a classifier whose labels depend on the routing prompt, in one documented way, so tests of
 * `ai-router improve` know what a prompt change will do:
 *
 * 1. It reads the label bullets of the system prompt: a line `- LABEL: …` and the lines after it up to the
 *    next bullet or blank line.
 * 2. It collects the phrases quoted in each bullet (`"today"`, `"exchange rate"`).
 * 3. When the last user turn contains a quoted phrase (case-insensitive, whole words), the label of the first
 *    bullet that quotes a matching phrase wins, with confidence ≈ 0.95.
 * 4. Otherwise it labels by keywords like the demo classifier (`chooseByKeywords`).
 *
 * A real model is not this literal; the loop's value on real models is measured by `ai-router eval`.
 */
import { chooseByKeywords, toClassifierText } from "./simulated_routing.ts";

/** Quoted phrases per label, in the order the prompt's bullets give them. */
export function readQuotedPhrases(prompt: string): Array<{ label: string; phrases: string[] }> {
  const bullets: Array<{ label: string; phrases: string[] }> = [];
  let current: { label: string; phrases: string[] } | undefined;
  for (const line of prompt.split("\n")) {
    const bullet = /^\s*-\s+([A-Z][A-Z0-9_]*)\b[^:]*:/.exec(line);
    if (bullet) {
      current = { label: bullet[1] as string, phrases: [] };
      bullets.push(current);
    } else if (line.trim() === "" || /^\s*-\s/.test(line)) {
      current = undefined;
    }
    if (!current) continue;
    for (const quoted of line.matchAll(/"([^"\n]{2,60})"/g)) current.phrases.push(quoted[1] as string);
  }
  return bullets;
}

function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|\\W)${escaped}(\\W|$)`, "i").test(text);
}

/** `SimulatorBehaviour.choose` for a classifier that follows the quoted phrases of its routing prompt. */
export function chooseByPromptPhrases(
  body: Record<string, unknown>,
  choices: string[],
): { label: string; logprob: number } {
  const messages = Array.isArray(body.messages)
    ? body.messages as Array<{ role?: string; content?: unknown }>
    : [];
  const system = String(messages.find((message) => message.role === "system")?.content ?? "");
  const text = toClassifierText(body).replace(/^USER: /, "");
  for (const { label, phrases } of readQuotedPhrases(system)) {
    if (!choices.includes(label)) continue;
    if (phrases.some((phrase) => containsPhrase(text, phrase))) return { label, logprob: -0.05 };
  }
  return chooseByKeywords(body, choices);
}
