import type { LocalDay } from "./local_day.ts";

/** One member's counters for the current day. */
export interface MemberUsage {
  tokens: number;
  cloudUsd: number;
}

/** What the state file holds: the day and each member's counters. */
export interface UsageSnapshot {
  version: 1;
  day: string;
  members: Record<string, MemberUsage>;
}

const MINUTE_MS = 60_000;

/**
 * The day's token and cloud-spend counters per member plus a one-minute request window, reset when the
 * local day changes. Pure state: the clock is passed in, saving is someone else's job.
 */
export class UsageLedger {
  #day: string;
  #members = new Map<string, MemberUsage>();
  /** Request times of the last minute per member; `head` skips expired ones without copying the array. */
  #minute = new Map<string, { times: number[]; head: number }>();
  #localDay: LocalDay;
  #dirty = false;

  constructor(localDay: LocalDay, now: number, snapshot?: UsageSnapshot) {
    this.#localDay = localDay;
    this.#day = localDay.dayOf(now);
    if (snapshot && snapshot.day === this.#day) {
      for (const [name, usage] of Object.entries(snapshot.members)) this.#members.set(name, { ...usage });
    }
  }

  #rollOver(now: number): void {
    const day = this.#localDay.dayOf(now);
    if (day === this.#day) return;
    this.#day = day;
    this.#members.clear();
    this.#dirty = true;
  }

  /** The member's counters today (zero when unseen). */
  usage(member: string, now: number): MemberUsage {
    this.#rollOver(now);
    return this.#members.get(member) ?? { tokens: 0, cloudUsd: 0 };
  }

  /** Adds a finished request's tokens and cloud cost. */
  add(member: string, tokens: number, cloudUsd: number, now: number): void {
    this.#rollOver(now);
    const usage = this.#members.get(member) ?? { tokens: 0, cloudUsd: 0 };
    usage.tokens += tokens;
    usage.cloudUsd += cloudUsd;
    this.#members.set(member, usage);
    this.#dirty = true;
  }

  /**
   * Counts a request against the member's per-minute limit. Returns 0 when admitted, else the seconds
   * until the oldest request in the window leaves it (the request is then not counted).
   */
  admitRequest(member: string, perMinute: number, now: number): number {
    let window = this.#minute.get(member);
    if (!window) this.#minute.set(member, window = { times: [], head: 0 });
    const { times } = window;
    while (window.head < times.length && (times[window.head] as number) <= now - MINUTE_MS) window.head++;
    if (window.head > 1024 && window.head * 2 > times.length) {
      window.times = times.slice(window.head);
      window.head = 0;
    }
    if (window.times.length - window.head >= perMinute) {
      return ((window.times[window.head] as number) + MINUTE_MS - now) / 1000;
    }
    window.times.push(now);
    return 0;
  }

  /** Seconds until the day (and so every daily counter) resets. */
  secondsUntilReset(now: number): number {
    return this.#localDay.secondsUntilNextDay(now);
  }

  /** The counters to save; clears the dirty flag. */
  snapshot(): UsageSnapshot {
    this.#dirty = false;
    return { version: 1, day: this.#day, members: Object.fromEntries(this.#members) };
  }

  /** Whether anything changed since the last snapshot. */
  get dirty(): boolean {
    return this.#dirty;
  }
}
