import { equal } from "node:assert/strict";
import { isByteScanned, toExactUnion, toStart, toUnion } from "./meta_scan.ts";
import {
  ANSWER_TASK,
  ARTIFACTS,
  CONSTRAINT,
  HANDOFF,
  HISTORY_REF,
  NOT_ANSWER,
  PERSONAL_ANY,
  RAG_CONTEXT,
  THIRD_PERSON_USER,
} from "./meta_lexicon.ts";
import { OWN_SPEAKER_LINE } from "./meta_shapes.ts";
import { type RoutingMessage, toMessageText } from "./render_prompt.ts";

/** Where `pattern` first matches in `text`, Infinity for nowhere (`toStart`'s answer for nowhere). */
const firstMatch = (pattern: RegExp, text: string) => {
  const found = text.search(pattern);
  return found < 0 ? Infinity : found;
};

Deno.test("a scanned union's first match is the engine's, across scripts, surrogate pairs and line ends", () => {
  const patterns = [/\btitle\b|\bsumm?ar(?:y|ies)\b|标题|^Title:|<chat_history>|разговор|\bt[íi]tulo\b/im];
  const union = toExactUnion(patterns);
  equal(isByteScanned(union), true);
  const pieces = [
    "title",
    "subtitle",
    "Title:",
    "TITLE",
    "summary",
    "SUMMARIES",
    "标题",
    "标",
    "<chat_history>",
    "РАЗГОВОР",
    "разговоры",
    "Título",
    "TÍTULO",
    "😀",
    "é",
    "\n",
    "\r\n",
    "\u2028",
    "\u2029",
    " ",
    "x",
    "_",
  ];
  let state = 7;
  for (let round = 0; round < 3000; round++) {
    const parts: string[] = [];
    for (let i = 0; i < 1 + (round % 12); i++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      parts.push(pieces[(state >> 8) % pieces.length] as string);
    }
    const text = parts.join("");
    equal(toStart(union, text), firstMatch(union, text), JSON.stringify(text));
  }
});

/**
 * Every message text of the project's META corpus (8,000 requests from over a hundred clients), read here: the
 * eval's reader loads the rule stage, whose unions would take the byte pass's eight sets before these tests' own.
 */
function corpusTexts(): string[] {
  const file = new URL("../../tests/fixtures/meta_corpus.jsonl", import.meta.url);
  return Deno.readTextFileSync(file).split("\n").filter((line) => line.trim() !== "").flatMap((line) => {
    const { request } = JSON.parse(line) as { request: { messages: RoutingMessage[] } };
    return request.messages.map((message) => toMessageText(message.content));
  });
}

Deno.test("on every text of the META corpus, the scanned unions find what the engine finds", () => {
  const artifacts = toExactUnion(ARTIFACTS.map(([, pattern]) => pattern));
  const answer = toExactUnion([ANSWER_TASK]);
  const content = [
    HISTORY_REF,
    CONSTRAINT,
    HANDOFF,
    NOT_ANSWER,
    THIRD_PERSON_USER,
    RAG_CONTEXT,
    PERSONAL_ANY,
    OWN_SPEAKER_LINE,
  ];
  const loose = toUnion(content);
  for (const union of [artifacts, answer, loose]) equal(isByteScanned(union), true);
  for (const text of corpusTexts()) {
    equal(toStart(artifacts, text), firstMatch(artifacts, text), text.slice(0, 200));
    equal(toStart(answer, text), firstMatch(answer, text), text.slice(0, 200));
    // A loose union's start is where it matches, at or before the first match of any of its patterns.
    const start = toStart(loose, text);
    const first = Math.min(...content.map((pattern) => firstMatch(pattern, text)));
    equal(start >= firstMatch(loose, text) && start <= first, true, text.slice(0, 200));
  }
});
