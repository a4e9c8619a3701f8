/** Keys whose values are secrets wherever they appear (headers, params, vendor extras). */
const SECRET_KEY = /authorization|api[-_]?key|token(?!s)|secret|password|cookie|jwt/i;
const BEARER = /\b(Bearer|Basic)\s+[\w.~+/=-]+/gi;
const DATA_URL = /^data:([\w/+.-]+);base64,/;
const URL_USERINFO = /^(https?:\/\/)[^/@\s]+@/i;
/** Longer inline data (base64 images, audio) is replaced by its size. */
const MAX_DATA_CHARS = 256;
/**
 * Matches the plain JSON text wherever a rule above might change a value: a secret-named key (the name, then
 * the rest of the key up to its closing quote and colon), a bearer or basic credential, a `data:` URL, `://`
 * then `@` with no slash or space between (a URL with a password). Every JSON escape starts with a backslash
 * and none makes a quote, a slash, an "@" or a space, so what a rule matches in a key or string still matches
 * in its JSON text; a false match (an e-mail after a URL, "secret" in a message) only takes the slower path.
 */
const MAY_NEED_REDACTION =
  /(?:authorization|api[-_]?key|token(?!s)|secret|password|cookie|jwt)(?:[^"\\]|\\.)*":|bearer|basic|data:|:\/\/[^/\s]*@/i;

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
  // Most entries hold nothing to redact, and a replacer makes V8 call back into JavaScript for every value:
  // serialised plainly first, the text is the answer unless it holds something a rule could act on.
  const plain = JSON.stringify(value, null, indent);
  if (plain === undefined || !MAY_NEED_REDACTION.test(plain)) return plain;
  return JSON.stringify(value, redactMember, indent);
}

/** JSON.stringify replacer with {@linkcode redact}'s rules (array indexes are never secret-named). */
function redactMember(key: string, inner: unknown): unknown {
  if (typeof inner === "string") return SECRET_KEY.test(key) ? "[redacted]" : redactString(inner);
  if (inner !== null && typeof inner !== "object" && SECRET_KEY.test(key)) return "[redacted]";
  return inner;
}
