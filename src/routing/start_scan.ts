/**
 * Where the META patterns' unions may match, found by one WebAssembly pass over the text's UTF-8 bytes instead of
 * the regexp engine: V8 tries a union of hundreds of words at every position (3–8 ns a character here), a loop of
 * JavaScript costs 2–3 ns a character for `charCodeAt` alone, and the byte pass (`start_scan.wat`) with the tries
 * at its candidates costs under a nanosecond a character. Each union registers its literal keys (`literal_keys.ts`)
 * as one of eight sets; a text is scanned once for all of them, and a union is tried, sticky, only at its candidate
 * positions, in order: the first that matches is where the union first matches among positions where its patterns
 * may, so nothing the patterns match is passed over (docs/decisions.md, "A byte pass for the unions").
 */
import { fromBase64 } from "../base64.ts";
import type { LiteralKey, LiteralKeys } from "./literal_keys.ts";
import { START_SCAN_WASM } from "./start_scan_wasm.ts";

/** Offsets in the module's memory (see `start_scan.wat`); the tables per anchor follow in `Anchor`'s order. */
const WORD_BYTES = 0;
const FIRSTS = 256;
const LENGTHS = 1024;
const KEY_TABLE = 65_536;
const TEXT = 196_608;
const PAGE = 65_536;
/** Hash salts per anchor, as `start_scan.wat` passes them. */
const SALTS = [16, 0, 32];

interface ScanExports {
  memory: WebAssembly.Memory;
  scan(length: number, lineSets: number, out: number): number;
}

const module = new WebAssembly.Module(fromBase64(START_SCAN_WASM) as Uint8Array<ArrayBuffer>);
const exports = new WebAssembly.Instance(module).exports as unknown as ScanExports;
const memory = exports.memory;
{
  const bytes = new Uint8Array(memory.buffer);
  for (let byte = 0; byte < 128; byte++) {
    bytes[WORD_BYTES + byte] = /\w/.test(String.fromCharCode(byte)) ? 1 : 0;
  }
}

/** The sets registered so far, and those for which every line start is a candidate. */
const pass = { sets: 0, lineSets: 0 };

const M64 = (1n << 64n) - 1n;
/** The hash of `start_scan.wat`'s `$look`, for a key of `bytes` (folded) at an anchor. */
function toKeySlot(bytes: Uint8Array, { salt, length }: { salt: number; length: number }): number {
  let key = 0n;
  for (let i = length - 1; i >= 0; i--) key = (key << 8n) | BigInt(bytes[i] as number);
  const mixed = (BigInt(salt + length) * 0xD6E8FEB86659FD93n) & M64;
  return Number((((key ^ mixed) * 0x9E3779B97F4A7C15n) & M64) >> 47n);
}

/** A fresh bit of the byte pass (callers check there is one left). */
function takeBit(): number {
  const bit = (pass.sets + 1) & ~pass.sets;
  pass.sets |= bit;
  return bit;
}

/** Bits of the byte pass not taken yet (eight in all). */
function bitsLeft(): number {
  let left = 0;
  for (let bit = 1; bit < 0x100; bit <<= 1) if ((pass.sets & bit) === 0) left++;
  return left;
}

/** Writes `keys` into the tables of the byte pass as the set `bit`. */
function addKeys(keys: readonly LiteralKey[], bit: number): void {
  const bytes = new Uint8Array(memory.buffer);
  const mark = (at: number, value: number) => bytes[at] = (bytes[at] as number) | value;
  for (const key of keys) {
    const length = key.bytes.length;
    const first = key.bytes[0] as number;
    mark(FIRSTS + 256 * key.anchor + first, bit);
    mark(LENGTHS + 256 * key.anchor + first, 1 << (length - 1));
    mark(KEY_TABLE + toKeySlot(key.bytes, { salt: SALTS[key.anchor] as number, length }), bit);
  }
}

/**
 * A union the byte pass serves: its keys' set, tried with the union's sticky twin; and the set of every line
 * start, tried with the union's alternatives that start at any line (`atEveryLine`) only.
 */
export interface ScannedUnion {
  bit: number;
  sticky: RegExp;
  lineBit: number;
  lineSticky: RegExp | undefined;
}

/**
 * Registers `union`, which matches wherever any of the patterns whose `keys` these are does, with the byte pass;
 * undefined when the patterns have no keys that help or the pass has no bits left (the engine searches then).
 */
export function toScannedUnion(union: RegExp, keys: LiteralKeys | undefined): ScannedUnion | undefined {
  const everyLine = keys !== undefined && keys.atEveryLine.length > 0;
  if (!keys || bitsLeft() < (everyLine ? 2 : 1)) return undefined;
  const bit = takeBit();
  const lineBit = everyLine ? takeBit() : 0;
  addKeys(keys.keys, bit);
  pass.lineSets |= lineBit;
  return { bit, lineBit, ...toStickies(union, keys) };
}

/** The sticky twins tried at a union's candidates: the union's own, and its alternatives at every line start. */
function toStickies(union: RegExp, keys: LiteralKeys): Pick<ScannedUnion, "sticky" | "lineSticky"> {
  const flags = `${union.flags.replace(/[gy]/g, "")}y`;
  return {
    sticky: new RegExp(union.source, flags),
    lineSticky: keys.atEveryLine.length > 0 ? new RegExp(keys.atEveryLine.join("|"), flags) : undefined,
  };
}

/**
 * `part`, a union of some of the patterns of `whole`'s union (their `keys`), searched through `whole`'s sets:
 * every position where one of them may start is a candidate of `whole`, so no pass or set of its own is needed,
 * only its own sticky patterns (and verdicts) at those candidates.
 */
export function toScannedPart(
  whole: ScannedUnion,
  { part, keys }: { part: RegExp; keys: LiteralKeys },
): ScannedUnion {
  return { bit: whole.bit, lineBit: whole.lineBit, ...toStickies(part, keys) };
}

/** Candidates of one text: UTF-16 indices, ascending, and the sets with a key there. */
interface Candidates {
  indices: Int32Array;
  sets: Int32Array;
  /** Each union's own candidates, taken out when it is first searched in this text. */
  byUnion: Map<ScannedUnion, UnionCandidates>;
}

/**
 * One union's candidates in one text, and what trying the union there gave (0: not tried yet, 1: a match, 2: none):
 * the stage searches a text from several places (each window, each step of `findMatching`), and a position is tried
 * once.
 */
interface UnionCandidates {
  indices: Int32Array;
  /** 1 where only the line-start set holds the position (tried with `lineSticky`). */
  lineOnly: Uint8Array;
  verdicts: Uint8Array;
}

function toUnionCandidates(candidates: Candidates, union: ScannedUnion): UnionCandidates {
  let mine = candidates.byUnion.get(union);
  if (mine) return mine;
  const { bit, lineBit } = union;
  const { indices, sets } = candidates;
  const mask = bit | lineBit;
  let count = 0;
  for (let i = 0; i < sets.length; i++) if (((sets[i] as number) & mask) !== 0) count++;
  mine = { indices: new Int32Array(count), lineOnly: new Uint8Array(count), verdicts: new Uint8Array(count) };
  for (let i = 0, at = 0; i < sets.length; i++) {
    const found = sets[i] as number;
    if ((found & mask) === 0) continue;
    mine.indices[at] = indices[i] as number;
    mine.lineOnly[at++] = (found & bit) === 0 ? 1 : 0;
  }
  candidates.byUnion.set(union, mine);
  return mine;
}

const encoder = new TextEncoder();

/** Runs the byte pass over `text`. */
function scanText(text: string): Candidates {
  // UTF-8 takes at most 3 bytes per UTF-16 unit; then 8 zero bytes, and up to 8 bytes of output per byte.
  const most = text.length * 3 + 8;
  const needed = TEXT + most + 8 + most * 8;
  if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
  const bytes = new Uint8Array(memory.buffer);
  const { written } = encoder.encodeInto(text, bytes.subarray(TEXT, TEXT + most));
  bytes.fill(0, TEXT + written, TEXT + written + 8);
  const out = TEXT + ((written + 8 + 7) & ~7);
  const count = exports.scan(written, pass.lineSets, out);
  const pairs = new Int32Array(memory.buffer, out, count * 2);
  const indices = new Int32Array(count);
  const sets = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    indices[i] = pairs[2 * i] as number;
    sets[i] = pairs[2 * i + 1] as number;
  }
  return { indices, sets, byUnion: new Map() };
}

/** The last texts scanned: the rule stage reads one request's texts several times, with several unions. */
const recent: Array<{ text: string; candidates: Candidates }> = [];
const RECENT = 6;

function candidatesOf(text: string): Candidates {
  for (const entry of recent) if (entry.text === text) return entry.candidates;
  const candidates = scanText(text);
  if (recent.unshift({ text, candidates }) > RECENT) recent.pop();
  return candidates;
}

/** The first candidate index at or after `from` (binary search). */
function firstAtOrAfter(indices: Int32Array, from: number): number {
  let low = 0;
  let high = indices.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((indices[middle] as number) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The first position at or after `from` where `union` matches and a key of its patterns starts (Infinity: none).
 * No match of the patterns starts before it; for a union that is exactly its patterns, it is their first match.
 */
export function findScannedStart(
  union: ScannedUnion,
  { text, from }: { text: string; from: number },
): number {
  const { indices, lineOnly, verdicts } = toUnionCandidates(candidatesOf(text), union);
  for (let i = firstAtOrAfter(indices, from); i < indices.length; i++) {
    if (verdicts[i] === 0) {
      // A part of a union (`toScannedPart`) may have no alternative that starts at any line.
      const sticky = lineOnly[i] === 1 ? union.lineSticky : union.sticky;
      if (sticky) sticky.lastIndex = indices[i] as number;
      verdicts[i] = sticky?.test(text) ? 1 : 2;
      if (sticky) sticky.lastIndex = 0;
    }
    if (verdicts[i] === 1) return indices[i] as number;
  }
  return Infinity;
}
