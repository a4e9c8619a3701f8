/** One prepaid top-up, as `ai-router budget top-up` records it in the state file. */
export interface TopUp {
  /** Unique, so a running router and the command merge their copies without counting one twice. */
  id: string;
  /** ISO time of the top-up. */
  at: string;
  amountUsd: number;
  /** The member it is for; the family pool when absent. */
  member?: string;
}

/** The state file's record of prepaid money: every top-up and what was drawn from it. */
export interface CreditState {
  topUps: TopUp[];
  spentUsd: { pool: number; members: Record<string, number> };
}

/**
 * Prepaid cloud money that does not expire: a member's own (drawn when their own budget or the pool is
 * spent) and the pool's (drawn when the pool's month is spent). Top-ups only add; charges only draw.
 */
export class PrepaidCredit {
  #topUps: TopUp[] = [];
  #ids = new Set<string>();
  #spent: CreditState["spentUsd"] = { pool: 0, members: {} };

  constructor(state?: CreditState) {
    if (!state) return;
    this.merge(state.topUps);
    this.#spent = { pool: state.spentUsd.pool, members: { ...state.spentUsd.members } };
  }

  /** Adds the top-ups not seen yet; true when there were any. */
  merge(topUps: readonly TopUp[]): boolean {
    let added = false;
    for (const topUp of topUps) {
      if (this.#ids.has(topUp.id)) continue;
      this.#ids.add(topUp.id);
      this.#topUps.push(topUp);
      added = true;
    }
    return added;
  }

  /** What is left of the member's own credit, or of the pool's when `member` is undefined. */
  balance(member?: string): number {
    const paid = this.#topUps.filter((t) => t.member === member).reduce((sum, t) => sum + t.amountUsd, 0);
    const spent = member === undefined ? this.#spent.pool : this.#spent.members[member] ?? 0;
    return Math.max(0, paid - spent);
  }

  /** Draws `usd` from the member's credit first, then (when they draw on the pool) from the pool's. */
  charge(member: string, usd: number, options: { fromPool: boolean }): void {
    const own = Math.min(usd, this.balance(member));
    if (own > 0) this.#spent.members[member] = (this.#spent.members[member] ?? 0) + own;
    const rest = usd - own;
    if (rest > 0 && options.fromPool) this.#spent.pool += Math.min(rest, this.balance());
  }

  /** Every top-up, oldest first. */
  history(): readonly TopUp[] {
    return this.#topUps;
  }

  /** The state to save. */
  toState(): CreditState {
    return {
      topUps: [...this.#topUps],
      spentUsd: { pool: this.#spent.pool, members: { ...this.#spent.members } },
    };
  }
}
