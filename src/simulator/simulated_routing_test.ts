import { equal } from "node:assert/strict";
import { chooseByKeywords } from "./simulated_routing.ts";

const LABELS = ["SIMPLE", "MODERATE", "COMPLEX", "ENRICH"];
const ask = (text: string) =>
  chooseByKeywords({
    messages: [{ role: "system", content: "x" }, { role: "user", content: `USER: ${text}` }],
  }, LABELS)
    .label;

Deno.test("chooseByKeywords() shows every route", () => {
  equal(ask("hi"), "SIMPLE");
  equal(ask("Explain how a hash map works"), "MODERATE");
  equal(ask("Prove that there are infinitely many primes"), "COMPLEX");
  equal(ask("What happened in the news today?"), "ENRICH");
});

Deno.test("chooseByKeywords() judges the last user turn", () => {
  const body = {
    messages: [{ role: "user", content: "USER: explain tides\n\nASSISTANT: ok\n\nUSER: thanks" }],
  };
  equal(chooseByKeywords(body, LABELS).label, "SIMPLE");
});
