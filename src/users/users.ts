import { type Clock, systemClock, type TimerHandle } from "../clock.ts";
import type { Config } from "../config/config_schema.ts";
import { ClientSecrets } from "./client_secrets.ts";
import { VoiceUsage } from "./voice_usage.ts";
import type { SecretLookup } from "../config/load_secrets.ts";
import type { SessionLogEntry, SessionSink } from "../logs/session_log_entry.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import { createKeyRing, type KeyRing } from "./key_ring.ts";
import { createLocalDay } from "./local_day.ts";
import { priceSession } from "./price_session.ts";
import { readStateFile, writeStateFile } from "./state_file.ts";
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
  /** The clock every limit and budget decision reads: the one `createApp` and the routes share. */
  readonly clock: Clock;
  /** Short-lived Realtime secrets minted for members (`ek_…`). */
  readonly clientSecrets = new ClientSecrets();
  /** Realtime voice sessions open and speech heard today, per member. */
  readonly voice: VoiceUsage;
  #options: UsersOptions;
  #rings = new WeakMap<UsersConfig, KeyRing>();
  #timer: TimerHandle | undefined;
  #saving: Promise<void> = Promise.resolve();

  /** Prefer {@linkcode Users.open}; this takes an already built ledger. */
  constructor(options: UsersOptions, ledger: UsageLedger) {
    this.#options = options;
    this.ledger = ledger;
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
    const users = new Users(
      options,
      new UsageLedger(localDay, now, read.kind === "ok" ? read.snapshot : undefined),
    );
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

  /** Counts a finished request's tokens and cloud spend against its member. */
  record(entry: SessionLogEntry): void {
    const { tokens, cloudUsd } = priceSession(entry, this.#options.getConfig().prices);
    if (tokens === 0 && cloudUsd === 0) return;
    this.ledger.add(entry.user, tokens, cloudUsd, this.now());
    if (cloudUsd > 0) this.#options.metrics.cloudSpend.inc({ user: entry.user }, cloudUsd);
  }

  /** Writes the counters now (one write at a time); failures are logged, never thrown. */
  save(): Promise<void> {
    const path = this.#options.stateFile;
    if (!path) return Promise.resolve();
    this.#saving = this.#saving.then(() => writeStateFile(path, this.ledger.snapshot())).catch((error) => {
      this.#options.logger.error("Cannot write usage state file", { path, error });
    });
    return this.#saving;
  }

  /** Saves every `intervalMs` (of the clock's time) while something changed. */
  startSaving(intervalMs: number): void {
    if (this.#timer !== undefined) return;
    const tick = () => {
      if (this.ledger.dirty) this.save();
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
