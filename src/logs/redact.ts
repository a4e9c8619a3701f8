/** Keys whose values are secrets wherever they appear (headers, params, vendor extras). */
const SECRET_KEY = /authorization|api[-_]?key|token(?!s)|secret|password|cookie|jwt/i;
const BEARER = /\b(Bearer|Basic)\s+[\w.~+/=-]+/gi;
const DATA_URL = /^data:([\w/+.-]+);base64,/;
const URL_USERINFO = /^(https?:\/\/)[^/@\s]+@/i;
/** Longer inline data (base64 images, audio) is replaced by its size. */
const MAX_DATA_CHARS = 256;

function redactString(value: string): string {
  const data = DATA_URL.exec(value);
  if (data && value.length > MAX_DATA_CHARS) return `data:${data[1]};base64,[${value.length} chars]`;
  return value.replace(URL_USERINFO, "$1").replace(BEARER, "$1 [redacted]");
}

/**
 * Returns a copy of `value` safe for a session log: secret-named keys redacted, bearer credentials
 * and URL passwords removed, large `data:` URLs replaced by their size.
 */
export function redact(value: unknown): unknown {
  if (typeof value === "string") return redactString(value);
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = SECRET_KEY.test(key) && inner !== null && typeof inner !== "object"
      ? "[redacted]"
      : redact(inner);
  }
  return copy;
}

/**
 * `JSON.stringify(redact(value), null, indent)` in one pass, without the deep copy: the session log
 * writer serialises every request's entry, and the copy was garbage the size of the conversation.
 */
export function toRedactedJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, redactMember, indent);
}

/** JSON.stringify replacer with {@linkcode redact}'s rules (array indexes are never secret-named). */
function redactMember(key: string, inner: unknown): unknown {
  if (typeof inner === "string") return SECRET_KEY.test(key) ? "[redacted]" : redactString(inner);
  if (inner !== null && typeof inner !== "object" && SECRET_KEY.test(key)) return "[redacted]";
  return inner;
}
