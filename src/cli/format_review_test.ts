import { equal, match, ok } from "node:assert/strict";
import { randomSession, randomStep } from "../review/_random_session.ts";
import { analyzeSessions } from "../review/analyze_sessions.ts";
import { formatReview, JUDGE_NOTE } from "./format_review.ts";

const SOURCE = {
  dir: "/logs",
  since: "2026-11-22T12:00:00.000Z",
  until: "2026-11-23T12:00:00.000Z",
  unreadable: 2,
};

Deno.test("formatReview() writes every section, says the judge did not run and shows None when empty", () => {
  const markdown = formatReview(analyzeSessions([], { minConfidence: 0.5, prices: {} }), SOURCE);
  match(markdown, /^# ai-router review\n/);
  match(markdown, /Requests: 0\. Unreadable files: 2\./);
  ok(markdown.includes(JUDGE_NOTE));
  for (
    const title of [
      "Route mix",
      "Suspected misroutes",
      "Empty or failed enrichments",
      "Latency by route",
      "Latency outliers",
      "Errors",
      "META requests that reached the classifier",
      "Low-confidence decisions",
      "Spend per user",
    ]
  ) match(markdown, new RegExp(`## ${title}\\n\\nNone\\.`));
});

Deno.test("formatReview() shows at most 80 characters of a prompt and escapes table pipes and tags", () => {
  const secretTail = "TAIL-THAT-MUST-NOT-APPEAR";
  const query = `<a> | b ${"z".repeat(80)} ${secretTail}`;
  const entry = randomSession({
    route: "COMPLEX",
    "user_query": query,
    "client_messages": [{ role: "user", content: query }],
    steps: [randomStep({ location: "cloud", provider: "cloud", "finish_reason": "length" })],
    "total_ms": 9000,
  });
  const markdown = formatReview(analyzeSessions([entry], { minConfidence: 0.5, prices: {} }), SOURCE);
  ok(!markdown.includes(secretTail));
  match(markdown, /\| COMPLEX \| 1 \| 100\.0% \|/);
  match(markdown, /\| 9000 \| COMPLEX \| &lt;a&gt; \\\| b z+… \|/);
  equal(markdown.endsWith("\n"), true);
});
