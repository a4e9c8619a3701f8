/**
 * Shapes of a request's text that the META features weigh beside the words of `meta_lexicon.ts`: a coding
 * agent's real task, a pasted chat the asker speaks in, a group chat of named speakers. Each is one bounded
 * regexp pass over a window.
 */

/**
 * The person asks the model to act on code or files (fix, rename, write a function, a path such as
 * `src/a.ts`): a coding agent's real turn, even when it names titles, summaries or memory in that code. Verbs in
 * bullets or quotes are a template's examples ("- Fix login bug", `"write tests for checkout"`), not an ask.
 */
const CODE_TASK =
  /(?<![-*•"'“]\s?)\b(?:fix|rename|refactor|implement|debug|write|add|update|change|move|delete)\b[^.\n]{0,60}\b(?:function|method|class|package|module|file|tests?|endpoint|flag|bug|imports?|field|struct|script|column|component)\b|(?:^|[\s`(])(?:\.{0,2}\/)?[\w-]+\/[\w./-]*\.(?:ts|js|py|go|rs|java|rb|json|ya?ml|tsx|jsx|cpp|cs|php|kt|swift)\b|写一个函数|单元测试|関数を|テストを書|함수를/i;

/** Whether the person asks the model to act on code or files. */
export function isCodeTask(text: string): boolean {
  return CODE_TASK.test(text);
}

/**
 * Turns of an embedded conversation: a line opened by a role label (`Human: …`, `- assistant: …`) or a block
 * in a role tag (`<user>…</user>`). A coding conversation's paths and verbs live there, not in the instruction.
 */
const TRANSCRIPT_TURN =
  /^[ \t]*(?:[-*>]\s*)?\[?(?:user|assistant|human|ai|you|model|bot)\]?[ \t]*[:：].*$|<(user|assistant|human|ai)>[\s\S]*?<\/\1>/gim;

/** Whether the person asks for work on code, outside the turns of an embedded conversation when there is one. */
export function isCodeAsk(text: string, { transcript }: { transcript: boolean }): boolean {
  return isCodeTask(transcript ? text.replace(TRANSCRIPT_TURN, "") : text);
}

/** A line of a pasted chat spoken by the person asking (`Me: …`, `Ich: …`, `我：…`): their own conversation. */
export const OWN_SPEAKER_LINE = /^[ \t]*(?:me|myself|ich|moi|yo|eu|io|ik|я|我|私|나)[ \t]*[:：]/im;

/** Whether a pasted chat has a line spoken by the person asking. */
export function isOwnChat(text: string): boolean {
  return OWN_SPEAKER_LINE.test(text);
}

/**
 * `name: text` lines of a chat export (`anna#2231:`, `@mike:`, `[18:02] olga:`, `小王：`), a speaker's handle and no
 * spaces, in Latin or CJK letters (a group chat of Chinese, Japanese or Korean names); after a time stamp (ISO,
 * WhatsApp's `12/03/2024, 10:15 -`, a bracket with a digit) also a full name of two or three capitalised words
 * (`2023-11-14T09:12:44 Maria Lopez:`), read from the first group. Without a stamp such words are a document's
 * fields (`Operating System:`, `Current Time:`), not speakers.
 */
export const NAME_LINE =
  /^[ \t]*(?:(?:\[[^\]\n]{0,24}\d[^\]\n]{0,24}\]|\d{4}-\d\d-\d\d[T ][\d:.]+Z?|(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? )?\d{1,2}:\d\d(?::\d\d)?(?:\s?[AP]M)?(?:\s+-)?)\s+@?([\w.#\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af-]{2,24}(?: [A-Z][\w.'-]{1,20}){0,2})|(?:\[[^\]\n]{1,25}\]\s*)?@?([\w.#\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af-]{2,24}))(?::[ \t]+|：[ \t]*)\S/gm;

/** Whether a window holds a line end other than `\n` that `^` also follows (`indexOf`: a class scan cost more). */
const hasOtherLineEnd = (text: string) =>
  text.includes("\r") || text.includes("\u2028") || text.includes("\u2029");

/**
 * The start of the first line after `from` that does not open with `name` and its colon (any match of `NAME_LINE`
 * on such a line reads that same name: the name is the run of name characters before the colon), or -1 when no
 * line is left. For text whose only line end is `\n`.
 */
function toNextOtherLine(text: string, { from, name }: { from: number; name: string }): number {
  for (let newline = text.indexOf("\n", from); newline >= 0;) {
    const start = newline + 1;
    const colon = text.charCodeAt(start + name.length);
    if ((colon !== 58 && colon !== 0xff1a) || !text.startsWith(name, start)) return start;
    newline = text.indexOf("\n", start + name.length);
  }
  return -1;
}

/**
 * Whether `NAME_LINE` reads two different names in a window (the same spelling is compared before any
 * lower-casing). After each match the lines that open with the first name and its colon are passed over with
 * `indexOf` (`skipRepeats`): the search built a match for each of a pasted document's `Summary:` lines, a tenth of
 * the rule stage on such a document. Lines without a name are still left to the engine's one search.
 */
function hasTwoNames(text: string, { skipRepeats }: { skipRepeats: boolean }): boolean {
  let first: string | undefined;
  let firstLower = "";
  NAME_LINE.lastIndex = 0;
  try {
    for (let match = NAME_LINE.exec(text); match; match = NAME_LINE.exec(text)) {
      const name = (match[1] ?? match[2]) as string;
      if (first === undefined) [first, firstLower] = [name, name.toLowerCase()];
      else if (name !== first && name.toLowerCase() !== firstLower) return true;
      if (!skipRepeats) continue;
      const next = toNextOtherLine(text, { from: NAME_LINE.lastIndex, name: first });
      if (next < 0) return false;
      NAME_LINE.lastIndex = next;
    }
    return false;
  } finally {
    NAME_LINE.lastIndex = 0;
  }
}

/**
 * Whether a window has lines of two different named speakers (a group chat the instruction calls messages). A
 * pasted document's `Summary:` on every line is one name: the same spelling is compared before any lower-casing.
 */
export function hasNamedSpeakers(windows: readonly string[]): boolean {
  return windows.some((text) => hasTwoNames(text, { skipRepeats: !hasOtherLineEnd(text) }));
}
