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
 * spaces, in Latin or CJK letters (a group chat of Chinese, Japanese or Korean names).
 */
export const NAME_LINE =
  /^[ \t]*(?:\[[^\]\n]{1,25}\]\s*)?@?([\w.#\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af-]{2,24})(?::[ \t]+|：[ \t]*)\S/gm;

/** `NAME_LINE` tried at one line start only (sticky): its `^` is checked where a line starts, not at every character. */
const NAME_LINE_AT = new RegExp(NAME_LINE.source, "my");
/** Whether a window holds a line end other than `\n` that `^` also follows (`indexOf`: a class scan cost more). */
const hasOtherLineEnd = (text: string) =>
  text.includes("\r") || text.includes("\u2028") || text.includes("\u2029");

/** Whether a `NAME_LINE` match reads two different names (the same spelling is compared before any lower-casing). */
function hasTwoNames(text: string): boolean {
  let first: string | undefined;
  let firstLower = "";
  NAME_LINE.lastIndex = 0;
  try {
    for (let match = NAME_LINE.exec(text); match; match = NAME_LINE.exec(text)) {
      const name = match[1] as string;
      if (first === undefined) [first, firstLower] = [name, name.toLowerCase()];
      else if (name !== first && name.toLowerCase() !== firstLower) return true;
    }
    return false;
  } finally {
    NAME_LINE.lastIndex = 0;
  }
}

/**
 * `hasTwoNames` line by line: the next line is found with `indexOf`, and a line that opens with the first name and
 * its colon is passed over (any match there reads that name: the name is the run of name characters before the
 * colon). The same matches as the global search, which tried `^` at every character of the window and built a
 * match for each of a pasted document's `Summary:` lines (a tenth of the rule stage on such a document).
 */
function hasTwoNamesByLine(text: string): boolean {
  let first: string | undefined;
  let firstLower = "";
  try {
    for (let start = 0; start < text.length;) {
      // The global search goes on after a match (which ends on a non-space, never at a line start), else after `start`.
      let next = start;
      const colon = first === undefined ? -1 : text.charCodeAt(start + first.length);
      if ((colon !== 58 && colon !== 0xff1a) || !text.startsWith(first as string, start)) {
        NAME_LINE_AT.lastIndex = start;
        const match = NAME_LINE_AT.exec(text);
        if (match) {
          const name = match[1] as string;
          if (first === undefined) [first, firstLower] = [name, name.toLowerCase()];
          else if (name !== first && name.toLowerCase() !== firstLower) return true;
          next = NAME_LINE_AT.lastIndex;
        }
      }
      const newline = text.indexOf("\n", next);
      if (newline < 0) return false;
      start = newline + 1;
    }
    return false;
  } finally {
    NAME_LINE_AT.lastIndex = 0;
  }
}

/**
 * Whether a window has lines of two different named speakers (a group chat the instruction calls messages). A
 * pasted document's `Summary:` on every line is one name: the same spelling is compared before any lower-casing.
 */
export function hasNamedSpeakers(windows: readonly string[]): boolean {
  return windows.some((text) => hasOtherLineEnd(text) ? hasTwoNames(text) : hasTwoNamesByLine(text));
}
