const HOUR_MS = 3_600_000;
const UNITS: Readonly<Record<string, number>> = {
  m: 60_000,
  h: HOUR_MS,
  d: 24 * HOUR_MS,
  w: 7 * 24 * HOUR_MS,
};

/**
 * Turns `--since` into epoch ms: a duration back from `now` (`30m`, `24h`, `7d`, `2w`) or an ISO date.
 * @example parseSince("24h", Date.parse("2026-11-23T12:00:00Z")) // 2026-11-22T12:00:00Z
 */
export function parseSince(value: string, now: number): number {
  const duration = /^(\d+)([mhdw])$/.exec(value.trim());
  if (duration) return now - Number(duration[1]) * (UNITS[duration[2] ?? "h"] ?? HOUR_MS);
  const date = Date.parse(value);
  if (Number.isNaN(date)) {
    throw new TypeError(`Invalid --since "${value}": use a duration such as 24h or 7d, or an ISO date`);
  }
  return date;
}
