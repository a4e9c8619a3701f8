import { equal, throws } from "node:assert/strict";
import {
  findMatching,
  testFrom,
  toGateStart,
  toPhraseGate,
  toScanStart,
  toScriptSplitSearch,
  toUnion,
} from "./meta_scan.ts";
import {
  ANSWER_TASK,
  ARTIFACTS,
  CONSTRAINT,
  HANDOFF,
  HISTORY_REF,
  PERSONAL_LOCALIZED,
} from "./meta_lexicon.ts";
import { randomText } from "../../tests/fixtures/random_text.ts";

const PATTERNS = [
  CONSTRAINT,
  HANDOFF,
  HISTORY_REF,
  PERSONAL_LOCALIZED,
  ...ARTIFACTS.map(([, pattern]) => pattern),
];
const WORDS = [
  "the",
  "conversation",
  "Title",
  "only output",
  "another LLM",
  "für meine",
  "summary",
  "subtitle",
  "tags",
  "会話",
  "\n",
  "- ",
  "x",
  "max 5 words",
  "reply directly",
  "   ",
  ".",
];

/** A text of `count` words (the same texts on every run). */
const textOf = (seed: number, count: number) => randomText(WORDS, { seed, count, separator: " " });

Deno.test("testFrom() and findMatching() answer as each pattern's own test() does, from where the union first matches", () => {
  const union = toUnion(PATTERNS);
  for (let seed = 1; seed <= 400; seed++) {
    const text = textOf(seed, 1 + (seed % 40));
    const { text: from } = toScanStart(union, { windows: [text], text });
    const matching = findMatching(union, { patterns: PATTERNS, text, from });
    for (const pattern of PATTERNS) {
      equal(
        testFrom(pattern, { text, from }),
        pattern.test(text),
        `${pattern.source.slice(0, 30)} on ${JSON.stringify(text)}`,
      );
      equal(
        matching.has(pattern),
        pattern.test(text),
        `findMatching ${pattern.source.slice(0, 30)} on ${text}`,
      );
    }
  }
});

Deno.test("toScanStart() gives each window the union's first match in it, Infinity where it has none", () => {
  const union = toUnion([/\btitle\b/i]);
  const windows = ["no match here", "a title", "title again", "nothing", "the title"];
  const start = toScanStart(union, { windows, text: windows.join("\n") });
  equal(start.text, 16);
  equal(start.windows.join(","), "Infinity,2,0,Infinity,4");
  equal(toScanStart(union, { windows: ["nothing"], text: "nothing" }).windows[0], Infinity);
});

Deno.test("toUnion() refuses patterns it cannot loosen: sticky, unicode, dotAll, backreferences, lookbehinds", () => {
  for (const pattern of [/a/y, /a/u, /a.b/s, /(a)\1/, /(?<=a)b/, /(?<!a)b/]) {
    throws(() => toUnion([pattern]), TypeError, pattern.source);
  }
});

const PHRASES = [
  /### Task:|<chat_history>|### Chat History:/i,
  /^Detect the language used in the following text\.$/,
  /\*Briefly\* summarize this partial conversation/i,
  /rephrase the follow.?up question/i,
  /\|\|>Title:|Title in 5 Words or Less/i,
  /comma-delimited list of (?:concise )?keywords/i,
  /擅长会话标签总结/,
];
const PHRASE_WORDS = [
  "### Task:",
  "Detect the language used in the following text.",
  "*Briefly*",
  "summarize",
  "this partial conversation",
  "rephrase",
  "the follow-up question",
  "Title",
  "in 5 Words or Less",
  "||>Title:",
  "comma-delimited",
  "list of",
  "concise",
  "keywords",
  "擅长会话标签总结",
  "\n",
  "x",
];

Deno.test("toGateStart() gives a position no phrase starts before, and Infinity only where none matches", () => {
  const gate = toPhraseGate(PHRASES);
  equal(gate.back, "comma-delimited".length);
  for (let seed = 1; seed <= 400; seed++) {
    let state = seed;
    const words = Array.from({ length: 1 + (seed % 30) }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return PHRASE_WORDS[state % PHRASE_WORDS.length] as string;
    });
    const text = words.join(seed % 3 === 0 ? "\n" : " ");
    const starts = PHRASES.map((pattern) => text.search(pattern)).filter((start) => start >= 0);
    const start = toGateStart(gate, text);
    if (starts.length === 0) continue;
    equal(start <= Math.min(...starts), true, `${start} after a phrase in ${JSON.stringify(text)}`);
    for (const pattern of PHRASES) equal(testFrom(pattern, { text, from: start }), pattern.test(text));
  }
  equal(toGateStart(gate, "a title, tags and a summary of this conversation"), Infinity);
});

Deno.test("toUnion() of words outside ASCII or without a word boundary (any case) starts no later than each pattern's first match", () => {
  const patterns = [HISTORY_REF, PERSONAL_LOCALIZED, HANDOFF, CONSTRAINT];
  const union = toUnion(patterns);
  const words = [
    "РАЗГОВОР",
    "разговор",
    "Диалог",
    "对话",
    "说话",
    "话",
    "会話",
    "の",
    "x",
    "\n",
    "’",
    "другой LLM",
    "xFORMATO JSON",
    "folgende Antwort",
    "la réponse suivante",
    "s",
  ];
  // Each word alone, after a word character, a space or nothing, and pairs of words (a rest after another's first
  // character).
  const texts = words.flatMap((word) => ["", "x", " ", "の"].map((before) => `${before}${word}`));
  for (const first of words) {
    for (const second of words) texts.push(`${first}${second}`, `${first} ${second}`);
  }
  for (const text of texts) {
    const starts = patterns.map((pattern) => text.search(pattern)).filter((at) => at >= 0);
    const found = text.search(union);
    if (starts.length === 0) continue;
    equal(found >= 0 && found <= Math.min(...starts), true, `${JSON.stringify(text)}: union at ${found}`);
  }
  // A character that only precedes a one-character rest (`话` after `说`) is no start.
  equal("我们说话".search(toUnion([/对话|会話/i])), -1);
});

Deno.test("toScriptSplitSearch() finds the same first match as the pattern, whichever script comes first", () => {
  const pattern = /\bplease answer\b|回答(?:问题|問題)|ответь на вопрос|\b(?:stay|remain) in character\b/i;
  const search = toScriptSplitSearch(pattern);
  const texts = [
    "nothing here isn’t it",
    "Please ANSWER now",
    "先回答问题，then please answer",
    "then please answer, 先回答问题",
    "Ответь на вопрос и stay in character",
    "remain in character. Ответь на вопрос",
    "ответь на вопрос",
    "",
  ];
  for (const text of texts) equal(search(text), text.search(pattern), text);
});

Deno.test("toScriptSplitSearch() of ANSWER_TASK agrees with the pattern on random texts of its own words in every script", () => {
  const words = [
    "answer",
    "the",
    "user's",
    "question",
    "回答",
    "问题",
    "用户",
    "的",
    "质问",
    "質問に",
    "答え",
    "질문",
    "에",
    "답변",
    "ответь",
    "на",
    "вопрос",
    "stay",
    "in",
    "character",
    "继续扮演",
    "ユーザーとの",
    "会話",
    "を続け",
    "isn’t",
    ".",
  ];
  const search = toScriptSplitSearch(ANSWER_TASK);
  for (let seed = 1; seed <= 300; seed++) {
    const text = randomText(words, { seed, count: 12, separator: seed % 2 ? " " : "" });
    equal(search(text), text.search(ANSWER_TASK), text);
  }
});
