import { deepEqual, equal, ok } from "node:assert/strict";
import { MEMORY_BOUND_BYTES, RecentAnswers } from "./recent_answers.ts";

const ANSWER =
  "Probably not. Cold slows the yeast down. Take it out, feed it 1:1:1 with flour and water at room temperature twice a day, and it should double again within two or three days.";
const QUESTION = { role: "user", content: "My sourdough starter stopped rising in the fridge. Is it dead?" };

Deno.test("RecentAnswers.recall() finds a recent answer quoted in any wrapper: labels, quotes, JSON escapes", () => {
  const recent = new RecentAnswers();
  recent.remember("anna", { messages: [QUESTION], answer: ANSWER });
  const wrappers = [
    `||>User:\n"${QUESTION.content}"\n||>Response:\n""${ANSWER}""\n\n||>Title:`,
    `<EVENT>\nASSISTANT: ${ANSWER}\n</EVENT>\nName this.`,
    `{"messages": ${JSON.stringify([{ role: "assistant", content: ANSWER.replaceAll(". ", ".\n") }])}}`,
  ];
  for (const content of wrappers) {
    const recall = recent.recall("anna", [{ role: "user", content }]);
    // The JSON wrapper glues the first sentence to its keys: two of three sentences still match.
    ok(recall.echo >= 0.6, `${recall.echo} for ${content.slice(0, 20)}`);
    ok(recall.ownChars < 120, `${recall.ownChars}`);
  }
  equal(recent.recall("ben", [{ role: "user", content: wrappers[0] as string }]).echo, 0, "per member");
  equal(recent.recall("anna", [{ role: "user", content: "Cold slows everything down, right?" }]).echo, 0);
});

Deno.test("RecentAnswers.recall() sees a replayed conversation whatever its system prompt, and nothing else", () => {
  const recent = new RecentAnswers();
  recent.remember("anna", { messages: [{ role: "system", content: "Be brief." }, QUESTION], answer: ANSWER });
  const replay = [
    { role: "system", content: "You summarise conversations." },
    QUESTION,
    { role: "assistant", content: ANSWER },
    {
      role: "user",
      content:
        "Condense the above into a hand-off note: the problem, what was decided, and what is left to do next.",
    },
  ];
  equal(recent.recall("anna", replay).repeatsConversation, true);
  const edited = replay.map((message, index) =>
    index === 2 ? { ...message, content: `${ANSWER} More.` } : message
  );
  equal(recent.recall("anna", edited).repeatsConversation, false);
});

Deno.test("RecentAnswers keeps a fixed number of members and answers: the memory bound holds", () => {
  const recent = new RecentAnswers();
  for (let member = 0; member < 100; member++) {
    for (let answer = 0; answer < 20; answer++) {
      recent.remember(`m${member}`, {
        messages: [QUESTION],
        answer: `${ANSWER} Answer ${answer}.`.repeat(40),
      });
    }
  }
  equal(recent.recall("m0", [{ role: "user", content: ANSWER }]).echo, 0, "the first members were forgotten");
  ok(recent.recall("m99", [{ role: "user", content: ANSWER }]).echo > 0);
  ok(MEMORY_BOUND_BYTES <= 140_000, `${MEMORY_BOUND_BYTES}`);
});

Deno.test("RecentAnswers stays within MEMORY_BOUND_BYTES when filled past it: members, answers and hashes capped", () => {
  const recent = new RecentAnswers();
  // Answers of 200 distinct sentences each: more than the 64 prints an answer keeps.
  const longAnswer = (seed: string) =>
    Array.from({ length: 200 }, (_, index) => `Sentence ${index} of answer ${seed} says something.`).join(
      " ",
    );
  for (let member = 0; member < 150; member++) {
    for (let answer = 0; answer < 30; answer++) {
      recent.remember(`member-${member}`, {
        messages: [QUESTION],
        answer: longAnswer(`${member}-${answer}`),
      });
    }
    const held = recent.footprint();
    ok(held.hashBytes <= MEMORY_BOUND_BYTES, `${held.hashBytes} bytes after ${member + 1} members`);
  }
  // Full: 64 members of 8 answers of 64 prints and a conversation hash, exactly the stated bound.
  deepEqual(recent.footprint(), { members: 64, answers: 512, hashBytes: MEMORY_BOUND_BYTES });
  equal(MEMORY_BOUND_BYTES, 133_120);
});
