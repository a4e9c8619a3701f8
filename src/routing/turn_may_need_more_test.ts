import { equal } from "node:assert/strict";
import { turnMayNeedMore } from "./turn_may_need_more.ts";
import type { RoutingMessage } from "./render_prompt.ts";

const conversation = (turn: string): RoutingMessage[] => [
  { role: "user", content: "Tell me about the Roman aqueducts." },
  { role: "assistant", content: "They carried water for hundreds of kilometres using gravity alone." },
  { role: "user", content: turn },
];
const check = (turn: string, aboveTokens = 200) => turnMayNeedMore(conversation(turn), { aboveTokens });

Deno.test("ordinary follow-ups in several languages stay without a classifier call", () => {
  for (
    const turn of [
      "How long did they take to build?",
      "thanks, and a shorter version please",
      "Und wie haben sie das Gefälle gemessen?",
      "Et à Nîmes, c'était pareil ?",
      "¿Y cuántos había en Roma?",
      "それはどれくらいの長さでしたか？",
      "那时候谁负责维修？",
      "А сколько их было?",
    ]
  ) equal(check(turn), undefined, turn);
});

Deno.test("hard work, fresh facts and code are put to the classifier, in several languages", () => {
  const cases: Array<[string, string]> = [
    ["Prove that the gradient must stay constant for the flow to be steady.", "hard-work"],
    ["Erkläre Schritt für Schritt, wie man das Gefälle berechnet.", "hard-work"],
    ["厳密に導出してください。", "hard-work"],
    ["Докажи, что это так.", "hard-work"],
    ["What is the weather in Rome today?", "fresh-facts"],
    ["Quelles sont les nouvelles d'aujourd'hui à Rome ?", "fresh-facts"],
    ["今天罗马的天气怎么样？", "fresh-facts"],
    ["Write a Python function that computes the flow rate.", "code"],
    ["Why does this fail?\n```\nflow = area * speed\n```", "code"],
  ];
  for (const [turn, reason] of cases) equal(check(turn), reason, turn);
});

Deno.test("a long new turn is put to the classifier, and 0 puts every turn to it", () => {
  equal(check("Here is my whole essay draft. ".repeat(40)), "long");
  equal(check("And then?", 0), "long");
});

Deno.test("the new turn is everything the user wrote after the last answer", () => {
  const messages: RoutingMessage[] = [
    ...conversation("Thanks."),
    { role: "user", content: "Also: what's the latest news about the Aqua Virgo?" },
  ];
  equal(turnMayNeedMore(messages, { aboveTokens: 200 }), "fresh-facts");
});
