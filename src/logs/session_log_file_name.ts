/**
 * A session log's file name without `.json`: `20261123T181530123Z_<request id>`. The time stamp first makes
 * names sort by time and lets rotation and the review date a file without opening it.
 */
export function toSessionLogName(timestamp: string, id: string): string {
  return `${timestamp.replace(/[-:.]/g, "")}_${id.replace(/[^\w-]/g, "_")}`;
}

/** The time (epoch ms) a session log's file name carries, or NaN for a name of another shape. */
export function readSessionLogTime(name: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z_/.exec(name);
  if (!match) return NaN;
  const [, y, mo, d, h, mi, s, ms] = match;
  return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}
