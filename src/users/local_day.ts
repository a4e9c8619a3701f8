/** Day boundaries in the box's local time (or a configured IANA zone), for daily limits. */
export interface LocalDay {
  /** `YYYY-MM-DD` of the instant in the zone. */
  dayOf(epochMs: number): string;
  /** Minutes since midnight in the zone (0–1439): a child's allowed hours. */
  minuteOfDay(epochMs: number): number;
  /** Seconds until the next midnight in the zone (for `Retry-After`). */
  secondsUntilNextDay(epochMs: number): number;
  /** Seconds until midnight on the 1st of the next month in the zone. */
  secondsUntilNextMonth(epochMs: number): number;
}

/** Creates a day clock; the formatter is built once because `Intl` construction is slow. */
export function createLocalDay(timeZone?: string): LocalDay {
  const format = new Intl.DateTimeFormat("en-CA", {
    ...(timeZone ? { timeZone } : {}),
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const parts = (epochMs: number) => {
    const values: Record<string, string> = {};
    for (const part of format.formatToParts(epochMs)) values[part.type] = part.value;
    return values;
  };
  // Every request asks for the day (rate limits, budgets) and formatToParts is slow; zone offsets are
  // whole minutes, so the day cannot change within one UTC minute and one cached answer per minute is exact.
  let cachedMinute = NaN;
  let cachedDay = "";
  // Every counted request reports when its limits reset; the next midnight and the next 1st are computed
  // once per local day (the slow formatter again only when the day changes).
  let cachedBoundaries: { day: string; at: { day: number; month: number } } | undefined;
  const boundaries = (epochMs: number) => {
    const day = dayOf(epochMs);
    if (cachedBoundaries?.day === day) return cachedBoundaries.at;
    const p = parts(epochMs);
    const elapsed = Number(p.hour) * 3600 + Number(p.minute) * 60 + Number(p.second);
    const daysInMonth = new Date(Date.UTC(Number(p.year), Number(p.month), 0)).getUTCDate();
    const start = epochMs - elapsed * 1000 - (epochMs % 1000);
    const at = {
      day: start + 86_400_000,
      month: start + (daysInMonth - Number(p.day) + 1) * 86_400_000,
    };
    cachedBoundaries = { day, at };
    return at;
  };
  function dayOf(epochMs: number): string {
    const minute = Math.floor(epochMs / 60_000);
    if (minute === cachedMinute) return cachedDay;
    const p = parts(epochMs);
    cachedMinute = minute;
    cachedDay = `${p.year}-${p.month}-${p.day}`;
    return cachedDay;
  }
  return {
    dayOf,
    minuteOfDay(epochMs) {
      const p = parts(epochMs);
      return Number(p.hour) * 60 + Number(p.minute);
    },
    secondsUntilNextDay(epochMs) {
      return Math.max(1, Math.ceil((boundaries(epochMs).day - epochMs) / 1000));
    },
    secondsUntilNextMonth(epochMs) {
      return Math.max(1, Math.ceil((boundaries(epochMs).month - epochMs) / 1000));
    },
  };
}
