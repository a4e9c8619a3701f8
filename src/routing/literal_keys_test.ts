import { deepEqual, equal } from "node:assert/strict";
import { Anchor, type LiteralKey, toLiteralKeys } from "./literal_keys.ts";

const encoder = new TextEncoder();
/** Each key as `anchor:bytes` in hex, sorted. */
const show = (keys: readonly LiteralKey[]) =>
  [...new Set(keys.map((key) => `${["any", "word", "line"][key.anchor]}:${toHex(key.bytes)}`))].sort();
const toHex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
/** The key the reader should make of `text` at `anchor`: its first 8 bytes of UTF-8, each with bit 5 set. */
const key = (anchor: string, text: string) =>
  `${anchor}:${toHex(encoder.encode(text).slice(0, 8).map((byte) => byte | 0x20))}`;

Deno.test("toLiteralKeys() reads each alternative's first bytes and where it may start", () => {
  const keys = toLiteralKeys([/\btitle\b|\b(?:tags?|labels)\b|<chat_history>|^Title:/im]);
  deepEqual(
    show(keys?.keys ?? []),
    [
      key("any", "<chat_history>"),
      key("line", "Title:"),
      key("word", "labels"),
      key("word", "tag"),
      key("word", "tags"),
      key("word", "title"),
    ].sort(),
  );
  deepEqual(keys?.atEveryLine, []);
});

Deno.test("toLiteralKeys() spreads groups and classes and stops where the text may vary", () => {
  const keys = toLiteralKeys([
    /\bt[íi]tulo\b|\bfollow.?up\b|\bsummari[sz]\w*|\b\d+ words\b|\bthe (?:\d+ |few )?messages/i,
  ]);
  const digits = [..."0123456789"];
  deepEqual(
    show(keys?.keys ?? []),
    [
      ...digits.map((digit) => key("word", digit)),
      key("word", "follow"),
      key("word", "summaris"),
      key("word", "summariz"),
      ...digits.map((digit) => key("word", `the ${digit}`)),
      key("word", "the few "),
      key("word", "the mess"),
      key("word", "titulo"),
      // The upper case of í folds to the same bytes.
      key("word", "título"),
    ].sort(),
  );
});

Deno.test("toLiteralKeys() spells out the cases of letters outside ASCII, as the engine folds them under i", () => {
  const keys = show(toLiteralKeys([/разговор/i])?.keys ?? []);
  // Eight bytes are four Cyrillic letters; folding bit 5 already joins some of their cases.
  equal(keys.includes(key("any", "разг")), true);
  equal(keys.includes(key("any", "РАЗГ")), true);
  equal(keys.includes(key("any", "рАзГ")), true);
});

Deno.test("toLiteralKeys() leaves every line start to the alternatives with no literal after ^", () => {
  const keys = toLiteralKeys([/^[ \t]*(?:me|ich)[ \t]*[:：]|^\s*(?:#+ )?history:/im]);
  deepEqual(keys?.atEveryLine, ["^[ \\t]*(?:me|ich)[ \\t]*[:：]", "^\\s*(?:#+ )?history:"]);
  deepEqual(keys?.keys, []);
});

Deno.test("toLiteralKeys() gives up on an alternative that may start anywhere with nothing literal", () => {
  equal(toLiteralKeys([/\btitle\b|\w+:/i]), undefined);
  equal(toLiteralKeys([/\b\w+ summary/i]), undefined);
  // `\b` before a character that is not a word character is no word start: such a key is looked for anywhere.
  equal(toLiteralKeys([/\b"title"/i])?.keys[0]?.anchor, Anchor.Any);
});

Deno.test("toLiteralKeys() spells every character the engine folds together, beyond two cases, and astral ones as they are", () => {
  const keys = show(toLiteralKeys([/\bσ/i, /в/i, /µ/i, /😀x/i])?.keys ?? []);
  for (const text of ["ς", "Σ", "σ", "ᲀ", "В", "в", "μ", "Μ", "µ", "😀x"]) {
    equal(keys.some((found) => found.endsWith(key("any", text).split(":")[1] as string)), true, text);
  }
  // What those spellings stand for: the engine itself matches each of them.
  for (const [pattern, text] of [[/σ/i, "ς"], [/в/i, "ᲀ"], [/µ/i, "μ"]] as const) {
    equal(pattern.test(text), true);
  }
});

Deno.test("no code unit outside the blocks literal_keys reads for case changes under toUpperCase or is another's", () => {
  const inBlocks = (code: number) =>
    (code >= 0x80 && code < 0x3000) || (code >= 0xa640 && code < 0xac00) || code >= 0xfb00;
  for (let code = 0x80; code < 0x10000; code++) {
    const upper = String.fromCharCode(code).toUpperCase();
    // Canonicalize keeps a unit whose upper case is more than one unit or in ASCII (ı stays ı).
    if (upper.length !== 1 || upper.charCodeAt(0) === code || upper.charCodeAt(0) < 0x80) continue;
    equal(inBlocks(code) && inBlocks(upper.charCodeAt(0)), true, code.toString(16));
  }
});
