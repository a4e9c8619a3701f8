/**
 * Finds personal data in text by rules (pure, one pass per rule, no allocation per word): e-mail addresses,
 * phone numbers, street addresses, IBANs and card numbers (with their checksums), the national identifiers of
 * the family's country, dates next to a birth word, the family members' names, and health, money and legal
 * topics by keyword (English, German, French, Spanish). The cost is linear in the text (bench: privacy).
 */
import { isIbanValid, isLuhnValid } from "./checksums.ts";
import { type Country, NATIONAL_IDS } from "./national_ids.ts";
import {
  BIRTH_WORDS,
  GERMAN_STREET_SUFFIXES,
  GERMAN_STREET_TAIL,
  STREET,
  STREET_NAME_START,
  type Topic,
  TOPIC_WORDS,
} from "./privacy_words.ts";
import { toTriePattern } from "./to_trie_pattern.ts";

/** Kinds of values that can be replaced by a placeholder. */
export const VALUE_KINDS = [
  "email",
  "phone",
  "address",
  "iban",
  "card",
  "national-id",
  "birth-date",
  "name",
] as const;
/** One of {@linkcode VALUE_KINDS}. */
export type ValueKind = (typeof VALUE_KINDS)[number];
/** What a finding is: a value, or a private topic (which has no value to replace). */
export type FindingKind = ValueKind | Topic;

/** One piece of personal data: its kind and where it is in the text (`text.slice(start, end)`). */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
}

/** Options for {@linkcode createDetector}. */
export interface DetectorOptions {
  /** The family's country: which national identifier formats to look for. */
  country?: Country | undefined;
  /** The family members' names as written (`Ann`, `Ann Smith`): found with their capital letters. */
  names?: readonly string[];
}

/** A detector built once per config: {@linkcode Detector.detect} finds the personal data in a text. */
export interface Detector {
  detect(text: string): Finding[];
}

/** Whether a finding's kind is a value (replaceable) rather than a topic. */
export function isValueKind(kind: FindingKind): kind is ValueKind {
  return (VALUE_KINDS as readonly string[]).includes(kind);
}

/** An address's domain, tried right after each `@` (a pattern starting at every word character cost ~90 µs). */
export const EMAIL_DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const LOCAL_PART = /[\w.%+-]/;
export const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
/** A run of at least seven digits with the separators people write in numbers (space . / - parentheses). */
export const DIGITS = /\+?\(?\d(?:[ ./()-]{0,2}\d){6,}/g;
/** North American numbers as written: (555) 123-4567, 555-123-4567, 555.123.4567. */
const US_PHONE = /^\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]\d{4}$/;
const MONTHS =
  "jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|février|mar(?:ch|s)?|märz|apr(?:il)?|avril|may|mai|" +
  "june?|juni|juin|july?|juli|juillet|aug(?:ust)?|août|sep(?:tember|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|" +
  "nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|décembre|enero|febrero|marzo|abril|mayo|junio|julio|" +
  "agosto|septiembre|octubre|noviembre|diciembre";
export const DATE = new RegExp(
  `\\b(?:[0-3]?\\d[./-][01]?\\d[./-](?:19|20)\\d{2}|(?:19|20)\\d{2}-[01]\\d-[0-3]\\d|` +
    `[0-3]?\\d\\.? (?:de )?(?:${MONTHS})\\.? (?:de )?(?:19|20)\\d{2}|(?:${MONTHS}) [0-3]?\\d,? (?:19|20)\\d{2})\\b`,
  "gi",
);
/** How far after a birth word its date may stand. */
const BIRTH_WINDOW = 48;
/** Letters in the lower-cased text (Latin-1 and Latin Extended-A cover the four languages' words). */
const LETTERS = "a-z\\u00c0-\\u024f0-9";

const TOPICS = Object.keys(TOPIC_WORDS) as Topic[];
/**
 * The topic words and the birth words, lower case, one factored regex over the lower-cased text (no `i` or `u`
 * flag: faster; one pass instead of an `indexOf` per birth word, which cost more than all the topics).
 */
export const TOPIC_PATTERN = new RegExp(
  `(?<![${LETTERS}])(?:${
    toTriePattern([...TOPICS.flatMap((topic) => TOPIC_WORDS[topic]), ...BIRTH_WORDS], `[${LETTERS}]`)
  })(?![${LETTERS}])`,
  "g",
);
const IS_BIRTH_WORD = new Set(BIRTH_WORDS);
/** A German street name's ending and the house number after it, in the lower-cased text. */
const GERMAN_STREET = new RegExp(
  `(?:${GERMAN_STREET_SUFFIXES.map((s) => s.replace(".", "\\.")).join("|")}) ?\\d`,
  "g",
);
/** Each topic's own words, to tell which topic a (rare) match belongs to. */
const TOPIC_OF = TOPICS.map((topic) => ({
  topic,
  pattern: new RegExp(`^(?:${toTriePattern(TOPIC_WORDS[topic], `[${LETTERS}]`)})$`),
}));

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) yield match;
}

function compact(value: string): string {
  return value.replace(/[^\dA-Z]/g, "");
}

/** Classifies a run of digits: a card (Luhn), a phone number, or nothing (order numbers, versions, prices). */
function toDigitKind(run: string, before: string): ValueKind | undefined {
  // Part of a word, a decimal or a version (v1.2.3.4567890) is no number of a person's.
  if (/[\p{L}\p{N}_.,$€£]/u.test(before)) return undefined;
  // The common look-alikes (order and ticket numbers, dates, versions) are decided without building strings:
  // every kind below needs ten digits, except an international number (`+`) and a card's plain run.
  let count = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) - 48 >>> 0 < 10) count++;
  if (count < 10 && run[0] !== "+") return undefined;
  if (count === run.length && (count < 13 || count > 19) && run[0] !== "0") return undefined;
  const digits = run.replace(/\D/g, "");
  const separators = run.replace(/[\d+]/g, "");
  if (digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && !/[./()]/.test(separators)) {
    if (isLuhnValid(digits)) return "card";
  }
  if (run.startsWith("+")) return digits.length >= 8 && digits.length <= 15 ? "phone" : undefined;
  if (digits.startsWith("00")) return digits.length >= 10 && digits.length <= 15 ? "phone" : undefined;
  if (digits.startsWith("0") && digits.length >= 10 && digits.length <= 12) {
    // A date or a version is dotted in groups of one to four; a phone number is not all such groups.
    return /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(run) ? undefined : "phone";
  }
  return US_PHONE.test(run) ? "phone" : undefined;
}

/** A date of birth: a date within a few words after a birth word (`born`, `geboren`, `né`, `nacido`…). */
function findBirthDate(text: string, { wordEnd, found }: { wordEnd: number; found: Finding[] }): void {
  const window = text.slice(wordEnd, wordEnd + BIRTH_WINDOW);
  const match = matches(DATE, window).next().value;
  if (match) {
    found.push({
      kind: "birth-date",
      start: wordEnd + match.index,
      end: wordEnd + match.index + match[0].length,
    });
  }
}

/** E-mail addresses: from each `@`, the local part to its left and the domain to its right. */
function findEmails(text: string, found: Finding[]): void {
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_PART.test(text[start - 1] as string)) start--;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (start < at && domain) found.push({ kind: "email", start, end: at + 1 + domain[0].length });
  }
}

/** German street lines: each street-name ending with a number after it, and its capitalised name before it. */
function findGermanStreets(text: string, { lower, found }: { lower: string; found: Finding[] }): void {
  for (const match of matches(GERMAN_STREET, lower)) {
    const at = match.index;
    GERMAN_STREET_TAIL.lastIndex = at + match[0].length - 1;
    const tail = GERMAN_STREET_TAIL.exec(text);
    if (!tail) continue;
    const name = STREET_NAME_START.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? "";
    if (!/^[A-ZÄÖÜ]/.test(name)) continue;
    found.push({ kind: "address", start: at - name.length, end: GERMAN_STREET_TAIL.lastIndex });
  }
}

/** Drops findings that overlap an earlier one (the earlier, else the longer, is kept). */
function removeOverlaps(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of findings) {
    const last = kept.at(-1);
    if (last === undefined || finding.start >= last.end) kept.push(finding);
  }
  return kept;
}

/** Builds the detector for a family: its country's identifier formats and its members' names. */
export function createDetector(options: DetectorOptions = {}): Detector {
  const ids = options.country ? NATIONAL_IDS[options.country] : [];
  const names = (options.names ?? []).filter((name) => name.length >= 3);
  // Names keep their capital letters (a member called Will is not every "will"); `*` is no stem here.
  const namePattern = names.length === 0 ? undefined : new RegExp(
    `(?<![A-Z${LETTERS}])(?:${
      toTriePattern(names.map((name) => name.replace(/\*/g, "")), "")
    })(?![A-Z${LETTERS}])`,
    "g",
  );
  return {
    detect(text) {
      const found: Finding[] = [];
      const add = (kind: FindingKind, match: RegExpExecArray) =>
        found.push({ kind, start: match.index, end: match.index + match[0].length });
      findEmails(text, found);
      for (const match of matches(IBAN, text)) if (isIbanValid(compact(match[0]))) add("iban", match);
      for (const format of ids) {
        for (const match of matches(format.pattern, text)) {
          if (format.isValid(compact(match[0]))) add("national-id", match);
        }
      }
      const lower = text.toLowerCase();
      for (const match of matches(DIGITS, text)) {
        const run = match[0].trimEnd();
        const kind = toDigitKind(run, text[match.index - 1] ?? "");
        if (kind) found.push({ kind, start: match.index, end: match.index + run.length });
      }
      for (const match of matches(STREET, text)) add("address", match);
      findGermanStreets(text, { lower, found });
      if (namePattern) { for (const match of matches(namePattern, text)) add("name", match); }
      // Lower-casing keeps the length for the scripts these words are in, so offsets still fit the text.
      const sameLength = lower.length === text.length;
      for (const match of matches(TOPIC_PATTERN, lower)) {
        if (IS_BIRTH_WORD.has(match[0])) {
          if (sameLength) findBirthDate(text, { wordEnd: match.index + match[0].length, found });
          continue;
        }
        const topic = TOPIC_OF.find((entry) => entry.pattern.test(match[0].replace(/\s+/g, " ")))?.topic;
        if (topic && sameLength) add(topic, match);
        else if (topic) found.push({ kind: topic, start: 0, end: 0 });
      }
      return removeOverlaps(found);
    },
  };
}
