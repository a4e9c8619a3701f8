/**
 * Fingerprints of text, never the text: 32-bit FNV-1a hashes of its sentences (split at sentence ends and
 * line breaks, JSON-escaped ones included), case-folded for ASCII, with quotes, bullets, leading role labels
 * (`assistant:`, `||>Response:`) and runs of white space ignored, so an answer quoted inside any wrapper and
 * any language gives the same hashes as the answer itself. Pieces shorter than `MIN_PIECE` are skipped.
 */

/** Characters a sentence needs before it is hashed (shorter ones are too common to identify an answer). */
const MIN_PIECE = 8;
/** A leading `label:` of at most this many characters is a role label and is dropped. */
const MAX_LABEL = 16;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Sentence ends and line breaks (Latin, CJK, full-width). */
function isBoundary(code: number): boolean {
  return code === 10 || code === 13 || code === 46 || code === 33 || code === 63 || code === 0x3002 ||
    code === 0xff01 || code === 0xff1f || code === 0xff0e;
}

/** Characters that never count: quotes, brackets used as quotes, bullets, `|`, `>`, `*`, `#`, backticks. */
function isIgnored(code: number): boolean {
  return code === 34 || code === 39 || code === 96 || code === 42 || code === 35 || code === 124 ||
    code === 62 || code === 0x300c || code === 0x300d || code === 0x201c || code === 0x201d ||
    code === 0x2022;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 0x3000;

/**
 * Calls `emit(hash, length)` for every sentence of `text` from `start` to `end`; one pass, no substrings.
 * `\n` written as the two characters backslash and n (a transcript inside JSON) is a line break too.
 */
export function forEachPrint(
  text: string,
  emit: (hash: number, length: number) => void,
  range: { start?: number; end?: number } = {},
): void {
  const end = Math.min(range.end ?? text.length, text.length);
  let hash = FNV_OFFSET;
  let length = 0;
  let space = false;
  const flush = () => {
    if (length >= MIN_PIECE) emit(hash >>> 0, length);
    hash = FNV_OFFSET;
    length = 0;
    space = false;
  };
  for (let i = range.start ?? 0; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code === 92) {
      const next = text.charCodeAt(i + 1);
      if (next === 110 || next === 114 || next === 116) {
        i++;
        flush();
      }
      continue;
    }
    if (isBoundary(code)) {
      flush();
      continue;
    }
    if (isIgnored(code)) continue;
    if (isSpace(code)) {
      space = length > 0;
      continue;
    }
    if (code === 58 || code === 0xff1a) {
      // `assistant:` at the start of a piece is a label, not part of the quoted answer.
      if (length <= MAX_LABEL) {
        hash = FNV_OFFSET;
        length = 0;
        space = false;
        continue;
      }
    }
    if (space) {
      hash = Math.imul(hash ^ 32, FNV_PRIME);
      length++;
      space = false;
    }
    if (code >= 65 && code <= 90) code |= 32;
    hash = Math.imul(hash ^ code, FNV_PRIME);
    length++;
  }
  flush();
}
