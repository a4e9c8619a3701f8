import type { LocalDay } from "./local_day.ts";

/** One member's counters for a day or a month. */
export interface MemberUsage {
  /** Requests admitted (answered or refused later by a handler); `/v1/me` is not counted. */
  requests: number;
  tokens: number;
  cloudUsd: number;
}

/** What the state file holds of the counters: the day's and the month's, per member. */
export interface UsageSnapshot {
  day: string;
  /** Files written before request counting hold tokens and cloud spend only. */
  members: Record<string, Partial<MemberUsage>>;
  /** `YYYY-MM`; absent in files written before monthly budgets (then the month starts from zero). */
  month?: string;
  monthMembers?: Record<string, Partial<MemberUsage>>;
}

const MINUTE_MS = 60_000;

function zero(): MemberUsage {
  return { requests: 0, tokens: 0, cloudUsd: 0 };
}

/** Counters of one period (a day or a month), cleared when the period's key changes. */
class PeriodCounters {
  key: string;
  members = new Map<string, MemberUsage>();
  /** Starts at `key` with the saved counters when they are of the same period. */
  constructor(
    key: string,
    saved: { key?: string | undefined; members?: Record<string, Partial<MemberUsage>> },
  ) {
    this.key = key;
    if (saved.key !== key) return;
    for (const [name, usage] of Object.entries(saved.members ?? {})) {
      this.members.set(name, { ...zero(), ...usage });
    }
  }
  /** True when the period changed (and so the counters were cleared). */
  roll(key: string): boolean {
    if (key === this.key) return false;
    this.key = key;
    this.members.clear();
    return true;
  }
  of(member: string): MemberUsage {
    let usage = this.members.get(member);
    if (!usage) this.members.set(member, usage = zero());
    return usage;
  }
}

/**
 * Requests, tokens and cloud spend per member for the local day and month, plus a one-minute request
 * window; the day resets at local midnight, the month at midnight on the 1st. Pure state: the clock is
 * passed in, saving is someone else's job.
 */
export class UsageLedger {
  #day: PeriodCounters;
  #month: PeriodCounters;
  /** Request times of the last minute per member; `head` skips expired ones without copying the array. */
  #minute = new Map<string, { times: number[]; head: number }>();
  #localDay: LocalDay;
  #dirty = false;

  constructor(localDay: LocalDay, now: number, snapshot?: UsageSnapshot) {
    this.#localDay = localDay;
    const day = localDay.dayOf(now);
    this.#day = new PeriodCounters(day, { key: snapshot?.day, members: snapshot?.members ?? {} });
    this.#month = new PeriodCounters(day.slice(0, 7), {
      key: snapshot?.month,
      members: snapshot?.monthMembers ?? {},
    });
  }

  #rollOver(now: number): void {
    const day = this.#localDay.dayOf(now);
    if (this.#day.roll(day)) this.#dirty = true;
    if (this.#month.roll(day.slice(0, 7))) this.#dirty = true;
  }

  /** The member's counters today (zero when unseen). */
  usage(member: string, now: number): MemberUsage {
    this.#rollOver(now);
    return { ...(this.#day.members.get(member) ?? zero()) };
  }

  /** The member's counters this month (zero when unseen). */
  monthUsage(member: string, now: number): MemberUsage {
    this.#rollOver(now);
    return { ...(this.#month.members.get(member) ?? zero()) };
  }

  /** Every name with counters this month (members and pseudonyms), e.g. to sum a pool. */
  namesThisMonth(now: number): string[] {
    this.#rollOver(now);
    return [...this.#month.members.keys()];
  }

  /** Adds a finished request's tokens and cloud cost. */
  add(member: string, tokens: number, cloudUsd: number, now: number): void {
    this.#rollOver(now);
    for (const period of [this.#day, this.#month]) {
      const usage = period.of(member);
      usage.tokens += tokens;
      usage.cloudUsd += cloudUsd;
    }
    this.#dirty = true;
  }

  /** Counts an admitted request in the minute window, the day and the month. */
  countRequest(member: string, now: number): void {
    this.#rollOver(now);
    this.#day.of(member).requests++;
    this.#month.of(member).requests++;
    this.#window(member, now).times.push(now);
    this.#dirty = true;
  }

  #window(member: string, now: number) {
    let window = this.#minute.get(member);
    if (!window) this.#minute.set(member, window = { times: [], head: 0 });
    const { times } = window;
    while (window.head < times.length && (times[window.head] as number) <= now - MINUTE_MS) window.head++;
    if (window.head > 1024 && window.head * 2 > times.length) {
      window.times = times.slice(window.head);
      window.head = 0;
    }
    return window;
  }

  /** Requests in the last minute and the seconds until the oldest of them leaves the window. */
  minute(member: string, now: number): { count: number; resetSeconds: number } {
    const window = this.#window(member, now);
    const count = window.times.length - window.head;
    const oldest = window.times[window.head];
    return { count, resetSeconds: oldest === undefined ? 0 : (oldest + MINUTE_MS - now) / 1000 };
  }

  /** Seconds until the day (and so every daily counter) resets. */
  secondsUntilReset(now: number): number {
    return this.#localDay.secondsUntilNextDay(now);
  }

  /** Seconds until the month (and so every monthly counter) resets. */
  secondsUntilMonthReset(now: number): number {
    return this.#localDay.secondsUntilNextMonth(now);
  }

  /** The counters to save; clears the dirty flag. */
  snapshot(): UsageSnapshot {
    this.#dirty = false;
    return {
      day: this.#day.key,
      members: Object.fromEntries(this.#day.members),
      month: this.#month.key,
      monthMembers: Object.fromEntries(this.#month.members),
    };
  }

  /** Whether anything changed since the last snapshot. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** Marks the counters changed (something else in the state file changed). */
  touch(): void {
    this.#dirty = true;
  }
}
