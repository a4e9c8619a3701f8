import { deepEqual, equal, match } from "node:assert/strict";
import { gradeSession, proposePrompt } from "./simulated_judge.ts";

const SYSTEM = "The router sent the request to one of these routes: SIMPLE, MODERATE, COMPLEX, ENRICH.";
const session = (
  route: string,
  request: string,
  { answer = "An answer.", finish = "stop", context = "(none)" } = {},
) =>
  `ROUTE: ${route}\nCONFIDENCE: 0.82\n\nREQUEST:\nUSER: ${request}\n\nENRICH CONTEXT:\n${context}\n\n` +
  `ANSWER (finish_reason ${finish}):\n${answer}`;

Deno.test("gradeSession() calls a request about an exchange rate ENRICH and quotes the phrase", () => {
  const verdict = gradeSession(SYSTEM, session("SIMPLE", "What is the euro exchange rate?"));
  equal(verdict.label, "ENRICH");
  equal(verdict.routeOk, false);
  equal(verdict.answerOk, true);
  match(String(verdict.reason), /"exchange rate"/);
});

Deno.test("gradeSession() agrees with a keyword route, flags a cut-off answer and judges enrichment", () => {
  deepEqual(
    gradeSession(SYSTEM, session("SIMPLE", "hi", { answer: "Hello", finish: "length" })).answerOk,
    false,
  );
  const enrich = gradeSession(
    SYSTEM,
    session("ENRICH", "latest news?", { answer: "News.", finish: "stop", context: "- a fact" }),
  );
  equal(enrich.routeOk, true);
  equal(enrich.enrichHelped, true);
  equal(gradeSession(SYSTEM, session("ENRICH", "latest news?", { answer: "News." })).enrichHelped, false);
});

Deno.test("proposePrompt() adds the reason's phrase (precise) or the request's first word (overreach)", () => {
  const request =
    `<current_prompt>\n- SIMPLE: greetings.\n- ENRICH: news,\n  "today".\n</current_prompt>\n\n` +
    `Misrouted requests:\n1. routed as SIMPLE, should be ENRICH: asks about "exchange rate", daily\n` +
    `   request: What is the euro exchange rate?`;
  match(
    proposePrompt(request, "precise"),
    /<prompt>\n- SIMPLE: greetings\.\n- ENRICH: news,\n {2}"today"\. Also "exchange rate"\.\n<\/prompt>/,
  );
  match(proposePrompt(request, "overreach"), /"today"\. Also "what"\./);
});
