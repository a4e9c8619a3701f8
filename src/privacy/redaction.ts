import { type Finding, isValueKind, type ValueKind } from "./detect_personal_data.ts";

/** A placeholder as the router writes it: `[EMAIL_1]`, `[NATIONAL_ID_2]`. */
const PLACEHOLDER = /\[(?:EMAIL|PHONE|ADDRESS|IBAN|CARD|NATIONAL_ID|BIRTH_DATE|NAME)_\d{1,4}\]/g;
/** The longest placeholder (`[NATIONAL_ID_9999]`): a held stream tail is never longer. */
const MAX_PLACEHOLDER = 18;
/** A tail that may be the start of a placeholder split across stream chunks. */
const PARTIAL = /\[[A-Z_]{0,12}\d{0,4}$/;

function toLabel(kind: ValueKind): string {
  return kind.toUpperCase().replace("-", "_");
}

/**
 * The values of one request replaced by placeholders, and back: each value gets one stable placeholder
 * (`[EMAIL_1]` wherever that address occurs, in every message), and an answer's placeholders become the
 * values again. Held in memory for the request only; the values are never logged.
 */
export class Redaction {
  #byValue = new Map<string, string>();
  #byPlaceholder = new Map<string, string>();
  #counts = new Map<ValueKind, number>();

  /** How many distinct values were replaced. */
  get size(): number {
    return this.#byValue.size;
  }

  /** The distinct values replaced (for scrubbing the session log), longest first. */
  values(): string[] {
    return [...this.#byValue.keys()].sort((a, b) => b.length - a.length);
  }

  #placeholderFor(kind: ValueKind, value: string): string {
    const known = this.#byValue.get(value);
    if (known !== undefined) return known;
    const count = (this.#counts.get(kind) ?? 0) + 1;
    this.#counts.set(kind, count);
    const placeholder = `[${toLabel(kind)}_${count}]`;
    this.#byValue.set(value, placeholder);
    this.#byPlaceholder.set(placeholder, value);
    return placeholder;
  }

  /** `text` with each value finding replaced by its placeholder (topics have no value and stay). */
  redact(text: string, findings: readonly Finding[]): string {
    let out = "";
    let at = 0;
    for (const finding of findings) {
      if (!isValueKind(finding.kind) || finding.start < at) continue;
      out += text.slice(at, finding.start) +
        this.#placeholderFor(finding.kind, text.slice(finding.start, finding.end));
      at = finding.end;
    }
    return at === 0 ? text : out + text.slice(at);
  }

  /** `text` with every value this redaction knows replaced by its placeholder, wherever it occurs (logs). */
  conceal(text: string): string {
    let out = text;
    for (const value of this.values()) {
      if (out.includes(value)) out = out.replaceAll(value, this.#byValue.get(value) as string);
    }
    return out;
  }

  /** `text` with the placeholders this redaction made put back to their values (others left as written). */
  restore(text: string): string {
    if (this.#byPlaceholder.size === 0 || !text.includes("[")) return text;
    return text.replace(PLACEHOLDER, (placeholder) => this.#byPlaceholder.get(placeholder) ?? placeholder);
  }

  /**
   * A restorer for a streamed text: each piece comes back restored, except a tail that may be the start of a
   * placeholder split across pieces (`[EMA` … `IL_1]`), held until the next piece or `flush()`.
   */
  createStreamRestorer(): { push(piece: string): string; flush(): string } {
    let held = "";
    return {
      push: (piece) => {
        const text = held + piece;
        const open = text.lastIndexOf("[");
        const partial = open !== -1 && text.length - open < MAX_PLACEHOLDER && PARTIAL.test(text.slice(open));
        held = partial ? text.slice(open) : "";
        return this.restore(partial ? text.slice(0, open) : text);
      },
      flush: () => {
        const rest = held;
        held = "";
        return this.restore(rest);
      },
    };
  }
}

/** `text` without the value findings (a web search needs no one's address): for ENRICH's `strip`. */
export function stripValues(text: string, findings: readonly Finding[]): string {
  let out = "";
  let at = 0;
  for (const finding of findings) {
    if (!isValueKind(finding.kind) || finding.start < at) continue;
    out += text.slice(at, finding.start);
    at = finding.end;
  }
  return (out + text.slice(at)).replace(/[ \t]{2,}/g, " ").trim();
}

/** A copy of `value` (JSON-like) with every string concealed by `redaction` (values become placeholders). */
export function concealDeep(value: unknown, redaction: Redaction): unknown {
  if (typeof value === "string") return redaction.conceal(value);
  if (Array.isArray(value)) return value.map((item) => concealDeep(item, redaction));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, concealDeep(inner, redaction)]),
  );
}
