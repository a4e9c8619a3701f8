import { type Clock, systemClock, type TimerHandle } from "../clock.ts";
import type { Config } from "../config/config_schema.ts";
import { ClientSecrets } from "./client_secrets.ts";
import { VoiceUsage } from "./voice_usage.ts";
import type { SecretLookup } from "../config/load_secrets.ts";
import type { SessionLogEntry, SessionSink } from "../logs/session_log_entry.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import { type Allowance, type MemberPolicy, toCreditCharge } from "./allowance.ts";
import { resolvePolicy } from "./member_policy.ts";
import { createKeyRing, type KeyRing } from "./key_ring.ts";
import { createLocalDay } from "./local_day.ts";
import { PrepaidCredit } from "./prepaid_credit.ts";
import { priceSession } from "./price_session.ts";
import { createPseudonymKey, toPseudonym } from "./pseudonym.ts";
import { readAllowance } from "./read_allowance.ts";
import { readStateFile, type StateSnapshot, writeStateFile } from "./state_file.ts";
import { UsageLedger } from "./usage_ledger.ts";
import type { UsersConfig } from "../config/users_schema.ts";

/** Options for {@linkcode Users.open}. */
export interface UsersOptions {
  /** The current config (it changes on `SIGHUP`). */
  getConfig: () => Config;
  getSecret: SecretLookup;
  logger: Logger;
  metrics: Metrics;
  /** Where the day's counters survive a restart; memory only when unset. */
  stateFile?: string | undefined;
  /** What decides the local day and the minute window; the system clock when unset, tests move a manual one. */
  clock?: Clock;
}

/**
 * The family's keys and the day's usage: a `SessionSink` that counts tokens and cloud spend of finished
 * requests, and keeps the counters in a state file so a restart does not reset a day's budget.
 */
export class Users implements SessionSink {
  readonly ledger: UsageLedger;
  /** Prepaid top-ups and what was drawn from them. */
  readonly credit: PrepaidCredit;
  /** The clock every limit and budget decision reads: the one `createApp` and the routes share. */
  readonly clock: Clock;
  /** Short-lived Realtime secrets minted for members (`ek_…`). */
  readonly clientSecrets = new ClientSecrets();
  /** Realtime voice sessions open and speech heard today, per member. */
  readonly voice: VoiceUsage;
  #options: UsersOptions;
  #pseudonymKey: string;
  /** Pseudonym → the service member its requests came through (for its policy and the pool). */
  #via = new Map<string, string>();
  #rings = new WeakMap<UsersConfig, KeyRing>();
  #timer: TimerHandle | undefined;
  #saving: Promise<void> = Promise.resolve();

  /** Prefer {@linkcode Users.open}; this takes an already built ledger. */
  constructor(options: UsersOptions, ledger: UsageLedger, saved?: StateSnapshot) {
    this.#options = options;
    this.ledger = ledger;
    this.credit = new PrepaidCredit(saved?.credit);
    this.#pseudonymKey = saved?.pseudonymKey ?? createPseudonymKey();
    this.clock = options.clock ?? systemClock;
    this.voice = new VoiceUsage(createLocalDay(options.getConfig().users.timezone));
  }

  /** Milliseconds since the epoch on this users' clock. */
  now(): number {
    return this.clock.now();
  }

  /** Loads the state file (a corrupt one is reported and replaced on the next save) and builds the ledger. */
  static async open(options: UsersOptions): Promise<Users> {
    if (!options.stateFile) return Users.openInMemory(options);
    const now = (options.clock ?? systemClock).now();
    const localDay = createLocalDay(options.getConfig().users.timezone);
    const read = await readStateFile(options.stateFile);
    if (read.kind === "corrupt") {
      options.logger.warn("Usage state file is corrupt, starting the day's counters from zero", {
        path: options.stateFile,
        reason: read.reason,
      });
    }
    const saved = read.kind === "ok" ? read.snapshot : undefined;
    const users = new Users(options, new UsageLedger(localDay, now, saved), saved);
    // A new pseudonym key (or a repaired file) is written at once: a restart must not rename anyone.
    if (read.kind === "corrupt" || !saved?.pseudonymKey) users.ledger.touch();
    if (read.kind === "corrupt") await users.save();
    return users;
  }

  /** Users without a state file, for tests and `createApp` defaults. */
  static openInMemory(options: Omit<UsersOptions, "stateFile">): Users {
    const now = (options.clock ?? systemClock).now();
    return new Users(options, new UsageLedger(createLocalDay(options.getConfig().users.timezone), now));
  }

  /** The key ring of the current config, built once per loaded config. */
  keyRing(): KeyRing {
    const { users } = this.#options.getConfig();
    let ring = this.#rings.get(users);
    if (!ring) {
      ring = createKeyRing(users, this.#options.getSecret);
      for (const name of ring.missingSecrets) {
        this.#options.logger.warn("Member key variable is not set, so the member cannot log in", {
          member: name,
          variable: users.members[name]?.key,
        });
      }
      if (users.forwardedJwtSecret && !ring.forwardedJwtSecret) {
        this.#options.logger.warn(
          "Forwarded user token secret is not set, so X-OpenWebUI-User-Jwt is ignored",
          {
            variable: users.forwardedJwtSecret,
          },
        );
      }
      this.#rings.set(users, ring);
    }
    return ring;
  }

  /** The pseudonym of an Open WebUI user no member lists, remembered with the service member it came through. */
  forwardedName(forwardedId: string, service: string): string {
    const name = toPseudonym(forwardedId, this.#pseudonymKey);
    this.#via.set(name, service);
    return name;
  }

  /** What a member or pseudonym may do; undefined for an unknown name. */
  policy(id: string): MemberPolicy | undefined {
    return resolvePolicy(this.#options.getConfig().users, id, { via: this.#via.get(id) });
  }

  /** A member's or pseudonym's limits, use, pool and credit now; undefined for an unknown name. */
  allowance(id: string): Allowance | undefined {
    return readAllowance(
      {
        config: this.#options.getConfig().users,
        ledger: this.ledger,
        credit: this.credit,
        viaOf: (name) => this.#via.get(name),
      },
      id,
      { now: this.now() },
    );
  }

  /**
   * Counts a finished request's tokens and cloud spend against its member; the part of the spend beyond
   * their own budgets and the pool's month is drawn from prepaid credit.
   */
  record(entry: SessionLogEntry): void {
    const { tokens, cloudUsd } = priceSession(entry, this.#options.getConfig().prices);
    if (tokens === 0 && cloudUsd === 0) return;
    if (cloudUsd > 0) {
      const allowance = this.allowance(entry.user);
      const charge = allowance ? toCreditCharge(allowance, cloudUsd) : 0;
      if (charge > 0) this.credit.charge(entry.user, charge, { fromPool: allowance?.pool !== undefined });
    }
    this.ledger.add(entry.user, tokens, cloudUsd, this.now());
    if (cloudUsd > 0) this.#options.metrics.cloudSpend.inc({ user: entry.user }, cloudUsd);
  }

  /**
   * Picks up top-ups `ai-router budget top-up` added to the file since, then writes the counters when
   * something changed (one write at a time); failures are logged, never thrown.
   */
  save(): Promise<void> {
    const path = this.#options.stateFile;
    if (!path) return Promise.resolve();
    this.#saving = this.#saving.then(async () => {
      const read = await readStateFile(path);
      if (read.kind === "ok" && this.credit.merge(read.snapshot.credit?.topUps ?? [])) this.ledger.touch();
      if (!this.ledger.dirty) return;
      const snapshot: StateSnapshot = {
        version: 2,
        ...this.ledger.snapshot(),
        credit: this.credit.toState(),
        pseudonymKey: this.#pseudonymKey,
      };
      await writeStateFile(path, snapshot);
    }).catch((error) => {
      this.#options.logger.error("Cannot write usage state file", { path, error });
    });
    return this.#saving;
  }

  /** Every `intervalMs` (of the clock's time) picks up new top-ups and saves what changed. */
  startSaving(intervalMs: number): void {
    if (this.#timer !== undefined) return;
    const tick = () => {
      this.save();
      this.#timer = this.clock.setTimeout(tick, intervalMs);
    };
    this.#timer = this.clock.setTimeout(tick, intervalMs);
  }

  /** Stops the timer and writes the last counters (on shutdown). */
  async close(): Promise<void> {
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.save();
  }
}
