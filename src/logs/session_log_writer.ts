import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import { toRedactedJson } from "./redact.ts";
import type { SessionLogEntry, SessionSink } from "./session_log_entry.ts";
import { createSessionLogFiles, type SessionLogFile, type SessionLogFiles } from "./session_log_files.ts";
import { readSessionLogTime, toSessionLogName } from "./session_log_file_name.ts";

/** Options for {@linkcode SessionLogWriter}. */
export interface SessionLogWriterOptions {
  dir: string;
  queueSize: number;
  /** `wait`: a full queue holds new requests back (`admit()`); `drop`: their entries are dropped and counted. */
  whenFull?: "wait" | "drop";
  maxAgeDays: number;
  maxFiles: number;
  logger: Logger;
  metrics?: Metrics;
  /** How often rotation runs in the background. */
  rotateEveryMs?: number;
  /**
   * A stalled disk must not hold requests forever: after this wait without room they are let through,
   * and entries that find the queue full are dropped and counted until a write succeeds again.
   */
  admitWaitMs?: number;
  now?: () => number;
}

/** Finished files end in `.json`; a file being written ends in `.json.tmp` until it is renamed. */
const TEMP_SUFFIX = ".json.tmp";
const DAY_MS = 86_400_000;
/**
 * Batches in flight at once. Each takes what is queued (up to `BATCH_FILES`) to the worker, so under load
 * batches grow instead of messages multiplying; a few in flight keep the worker busy while this thread
 * serialises the next.
 */
const WRITERS = 4;
const BATCH_FILES = 64;

/** Each entry's file name and redacted JSON; an entry that cannot be serialised is a failure, not a throw. */
function serialise(entries: SessionLogEntry[]) {
  const files: SessionLogFile[] = [];
  const failures: Array<{ name: string; message: string }> = [];
  for (const entry of entries) {
    const name = toSessionLogName(entry.timestamp, entry.id);
    try {
      files.push({ name, text: toRedactedJson(entry, 2) });
    } catch (error) {
      failures.push({ name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { files, failures };
}

/**
 * Writes one JSON file per request off the hot path: `record()` only queues; a background loop serialises
 * queued entries and hands them in batches to a worker thread (`session_log_files.ts`), which writes each
 * to a temp file and renames it, so a crash never leaves a partial `.json` (docs/decisions.md, "Session log files"). A full queue
 * (`queueSize`) holds new requests back through `admit()` until it has room, so sustained overload slows the
 * router down instead of losing logs (nothing lost). Rotation (age, count) runs at start and
 * then in the background.
 */
export class SessionLogWriter implements SessionSink {
  #options: Required<Omit<SessionLogWriterOptions, "metrics">> & { metrics?: Metrics | undefined };
  #queue: SessionLogEntry[] = [];
  #files: SessionLogFiles | undefined;
  #writers = new Set<Promise<void>>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #written = 0;
  /** Shared by every request waiting for room in the queue; settled by the writers or the wait limit. */
  #room: { promise: Promise<void>; open: () => void } | undefined;
  /** Set when the queue stayed full for `admitWaitMs`; cleared by the next finished write. */
  #stalled = false;

  constructor(options: SessionLogWriterOptions) {
    this.#options = {
      rotateEveryMs: 600_000,
      admitWaitMs: 10_000,
      whenFull: "wait",
      now: Date.now,
      ...options,
    };
  }

  /** Creates the directory, removes temp files a crash left behind, rotates once, schedules rotation. */
  async start(): Promise<void> {
    const { dir, rotateEveryMs, logger } = this.#options;
    await Deno.mkdir(dir, { recursive: true });
    for await (const entry of Deno.readDir(dir)) {
      if (entry.isFile && entry.name.endsWith(TEMP_SUFFIX)) await Deno.remove(`${dir}/${entry.name}`);
    }
    await this.rotate();
    const timer = setInterval(() => {
      this.rotate().catch((error) => logger.warn("Session log rotation failed", { error }));
    }, rotateEveryMs);
    Deno.unrefTimer(timer);
    this.#timer = timer;
  }

  /** Queues an entry; never blocks and never throws. Drops (counted) only with `drop` or a stalled disk. */
  record(entry: SessionLogEntry): void {
    const { queueSize, metrics } = this.#options;
    const dropping = this.#stalled || this.#options.whenFull === "drop";
    if (dropping && this.#queue.length >= queueSize) {
      metrics?.sessionLogDropped.inc();
      return;
    }
    this.#queue.push(entry);
    metrics?.sessionLogQueue.set(this.#queue.length);
    if (this.#writers.size < WRITERS) this.#startWriter();
  }

  /** Undefined while the queue has room (or the disk is stalled); else resolves once it has room. */
  admit(): Promise<void> | undefined {
    const { whenFull, queueSize } = this.#options;
    if (whenFull === "drop" || this.#stalled || this.#queue.length < queueSize) return undefined;
    if (!this.#room) {
      let open = () => {};
      const promise = new Promise<void>((resolve) => open = resolve);
      const limit = setTimeout(() => this.#onStalled(), this.#options.admitWaitMs);
      this.#room = {
        promise,
        open: () => {
          clearTimeout(limit);
          open();
        },
      };
    }
    return this.#room.promise;
  }

  #onStalled(): void {
    this.#stalled = true;
    const { logger, dir } = this.#options;
    logger.warn("Session log writes are stalled: serving on, dropping entries while the queue is full", {
      dir,
    });
    this.#openRoom();
  }

  #openRoom(): void {
    this.#room?.open();
    this.#room = undefined;
  }

  /** Entries written since start. */
  get written(): number {
    return this.#written;
  }

  #startWriter(): void {
    const writer: Promise<void> = this.#drain().finally(() => {
      this.#writers.delete(writer);
      // An entry queued while this writer was finishing would otherwise wait for the next record().
      if (this.#queue.length > 0 && this.#writers.size < WRITERS) this.#startWriter();
    });
    this.#writers.add(writer);
  }

  async #drain(): Promise<void> {
    const { dir, metrics, logger, queueSize } = this.#options;
    this.#files ??= createSessionLogFiles((error) =>
      logger.warn("Session log worker unavailable: writing on the main thread", { error })
    );
    while (this.#queue.length > 0) {
      const entries = this.#queue.splice(0, BATCH_FILES);
      metrics?.sessionLogQueue.set(this.#queue.length);
      if (this.#room && this.#queue.length < queueSize) this.#openRoom();
      const { files, failures: unserialisable } = serialise(entries);
      const failures = [...unserialisable, ...await this.#files.write(dir, files)];
      this.#written += entries.length - failures.length;
      if (failures.length < entries.length) this.#stalled = false;
      for (const { name, message } of failures) {
        metrics?.sessionLogWriteErrors.inc();
        logger.warn("Cannot write session log", { file: name, error: message });
      }
    }
  }

  /** Deletes logs older than `maxAgeDays`, then the oldest beyond `maxFiles`. */
  async rotate(): Promise<number> {
    const { dir, maxAgeDays, maxFiles, now } = this.#options;
    const names: string[] = [];
    for await (const entry of Deno.readDir(dir)) {
      if (entry.isFile && entry.name.endsWith(".json")) names.push(entry.name);
    }
    names.sort();
    const oldest = now() - maxAgeDays * DAY_MS;
    const expired = names.filter((name) => readSessionLogTime(name) < oldest);
    const kept = names.filter((name) => !(readSessionLogTime(name) < oldest));
    const doomed = [...expired, ...kept.slice(0, Math.max(0, kept.length - maxFiles))];
    for (const name of doomed) await Deno.remove(`${dir}/${name}`).catch(() => {});
    return doomed.length;
  }

  /** Resolves once every queued entry is written. */
  async flush(): Promise<void> {
    while (this.#writers.size > 0) await Promise.all(this.#writers);
  }

  /** Stops rotation and writes what is queued (shutdown). */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.flush();
    // A closed one writes what still comes (a stream ending late) on this thread, and starts no worker.
    this.#files?.close();
    this.#openRoom();
  }
}
