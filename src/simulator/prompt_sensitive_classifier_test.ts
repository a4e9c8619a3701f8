import { deepEqual, equal } from "node:assert/strict";
import { chooseByPromptPhrases, readQuotedPhrases } from "./prompt_sensitive_classifier.ts";

const LABELS = ["SIMPLE", "MODERATE", "COMPLEX", "ENRICH"];
const PROMPT = `Sort requests.

- SIMPLE: greetings.
- COMPLEX: proofs, or anything called
  "research-level".
- ENRICH: news, anything that says "today" or "exchange rate".

Judge the last user message, "not a bullet".`;

const body = (system: string, user: string) => ({
  messages: [{ role: "system", content: system }, { role: "user", content: `USER: ${user}` }],
});

Deno.test("readQuotedPhrases() reads the quoted phrases of each label bullet, continuation lines included", () => {
  deepEqual(readQuotedPhrases(PROMPT), [
    { label: "SIMPLE", phrases: [] },
    { label: "COMPLEX", phrases: ["research-level"] },
    { label: "ENRICH", phrases: ["today", "exchange rate"] },
  ]);
});

Deno.test("chooseByPromptPhrases() follows a quoted phrase and otherwise the keyword rules", () => {
  equal(
    chooseByPromptPhrases(body(PROMPT, "What is the Exchange Rate of the euro?"), LABELS).label,
    "ENRICH",
  );
  const without = PROMPT.replace(` or "exchange rate"`, "");
  equal(
    chooseByPromptPhrases(body(without, "What is the Exchange Rate of the euro?"), LABELS).label,
    "SIMPLE",
  );
  equal(chooseByPromptPhrases(body(PROMPT, "a rate exchange"), LABELS).label, "SIMPLE", "whole phrase only");
  equal(chooseByPromptPhrases(body(PROMPT, "Explain why the sky is blue"), LABELS).label, "MODERATE");
});
