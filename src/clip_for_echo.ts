/** The most characters of a client's value an error message or log line quotes. */
export const ECHO_LIMIT = 200;

/**
 * A client's value as an error or log may quote it: at most {@linkcode ECHO_LIMIT} characters, marked as cut,
 * so a 900 KB model name never comes back whole in a 404 or fills a log line.
 */
export function clipForEcho(value: string, limit = ECHO_LIMIT): string {
  if (value.length <= limit) return value;
  return `${value.slice(0, limit)}… (${value.length - limit} more characters cut)`;
}
