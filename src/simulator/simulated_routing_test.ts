import { equal } from "node:assert/strict";
import { chooseByKeywords, replyAsLocal } from "./simulated_routing.ts";

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

Deno.test("replyAsLocal() answers a META task with its JSON and other chats with the usual reply", () => {
  const meta = {
    messages: [
      { role: "system", content: "You carry out small housekeeping tasks for a chat application." },
      { role: "user", content: "### Task:\nGenerate 1-3 broad tags categorizing the main themes" },
    ],
  };
  const answer = replyAsLocal(meta, { model: "m", reply: () => "plain" });
  equal(answer, '<think>The task wants JSON only.</think>{"tags":["Simulation","Demo"]}');
  equal(
    replyAsLocal({ messages: [{ role: "user", content: "hi" }] }, { model: "m", reply: () => "plain" }),
    "plain",
  );
});
