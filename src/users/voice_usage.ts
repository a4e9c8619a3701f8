import type { LocalDay } from "./local_day.ts";

/** One member's voice use, for the status page and the metrics. */
export interface VoiceUse {
  member: string;
  openSessions: number;
  secondsToday: number;
}

/**
 * Members' Realtime voice use: sessions open now and seconds of speech heard today. In memory: a restart
 * closes every session anyway, and the day's seconds are a soft limit (documented in docs/voice.md).
 */
export class VoiceUsage {
  #open = new Map<string, number>();
  #heard = new Map<string, { day: string; seconds: number }>();
  #localDay: LocalDay;

  constructor(localDay: LocalDay) {
    this.#localDay = localDay;
  }

  /** Opens a session unless the member already has `limit` open; false when refused. */
  openSession(member: string, limit: number | undefined): boolean {
    const open = this.#open.get(member) ?? 0;
    if (limit !== undefined && open >= limit) return false;
    this.#open.set(member, open + 1);
    return true;
  }

  closeSession(member: string): void {
    const open = (this.#open.get(member) ?? 1) - 1;
    if (open > 0) this.#open.set(member, open);
    else this.#open.delete(member);
  }

  /** Seconds of the member's speech heard today. */
  secondsToday(member: string, nowMs: number): number {
    const heard = this.#heard.get(member);
    return heard && heard.day === this.#localDay.dayOf(nowMs) ? heard.seconds : 0;
  }

  addSeconds(member: string, seconds: number, nowMs: number): void {
    const day = this.#localDay.dayOf(nowMs);
    this.#heard.set(member, { day, seconds: this.secondsToday(member, nowMs) + seconds });
  }

  /** Every member with a session open or speech heard today. */
  snapshot(nowMs: number): VoiceUse[] {
    const members = new Set([...this.#open.keys(), ...this.#heard.keys()]);
    return [...members].sort().map((member) => ({
      member,
      openSessions: this.#open.get(member) ?? 0,
      secondsToday: this.secondsToday(member, nowMs),
    })).filter((use) => use.openSessions > 0 || use.secondsToday > 0);
  }
}
