/** One session log file to write: its name without `.json`, and its JSON text. */
export interface SessionLogFile {
  name: string;
  text: string;
}

/** A batch sent to the worker. */
export interface FileBatch {
  id: number;
  dir: string;
  files: SessionLogFile[];
}

/** The worker's answer for a batch with failures: the files it could not write, each with the error's message. */
export interface FileBatchResult {
  id: number;
  failures: Array<{ name: string; message: string }>;
}

/** The first message to the worker: where it counts what it has done (see {@linkcode DONE}). */
export interface WorkerProgress {
  progress: Int32Array;
}

/**
 * Slots of the progress array shared with the worker: the id of the last batch it finished, and how many
 * answers (batches with failures) it has posted. A batch without failures is not answered: waking this thread
 * with a message per file cost more than the rest of the hand-off (docs/decisions.md, "Session log files").
 */
export const DONE = 0;
export const ANSWERS = 1;
/** How often finished batches are looked for while no new batch comes to look for them. */
const CHECK_MS = 20;

/** Writes batches of session log files; the writer holds one for its lifetime. */
export interface SessionLogFiles {
  /** Resolves with the files that could not be written (never rejects). */
  write(dir: string, files: SessionLogFile[]): Promise<FileBatchResult["failures"]>;
  close(): void;
}

const WORKER_URL = new URL("./session_log_file_worker.ts", import.meta.url);

/**
 * Writes files on a worker thread with sync calls (docs/decisions.md, "Session log files": 60–120 µs less CPU per file than Deno's async
 * file ops, and off the thread that serves requests). A worker that cannot start or dies (a binary compiled without
 * `--include` of the worker file) is logged once by the caller's `onFallback`, and its batches and every
 * later one are written here with async calls, so no entry is lost to it.
 */
export function createSessionLogFiles(
  onFallback: (error: unknown) => void,
  options: { workerUrl?: URL } = {},
): SessionLogFiles {
  const pending = new Map<number, { batch: FileBatch; settle: (r: FileBatchResult["failures"]) => void }>();
  let nextId = 0;
  let worker: Worker | undefined;
  const progress = new Int32Array(new SharedArrayBuffer(8));
  progress[DONE] = -1;
  let answers = 0;
  let check: ReturnType<typeof setTimeout> | undefined;
  /** Settles, in order, the batches with ids up to `last` (those answered with failures are settled already). */
  const settleUpTo = (last: number) => {
    for (const [id, { settle }] of pending) {
      if (id > last) break;
      settle([]);
      pending.delete(id);
    }
  };
  /** Settles what the worker has finished, unless an answer with failures is still on its way here. */
  const settleFinished = () => {
    const last = Atomics.load(progress, DONE);
    if (Atomics.load(progress, ANSWERS) === answers) settleUpTo(last);
  };
  const scheduleCheck = () => {
    if (check !== undefined || pending.size === 0) return;
    check = setTimeout(() => {
      check = undefined;
      settleFinished();
      scheduleCheck();
    }, CHECK_MS);
  };
  /** Stops the worker; what it had not finished is written here. */
  const stopWorker = () => {
    clearTimeout(check);
    check = undefined;
    if (worker) settleFinished();
    worker?.terminate();
    worker = undefined;
    for (const { batch, settle } of pending.values()) writeHere(batch).then(settle);
    pending.clear();
  };
  const fallBack = (error: unknown) => {
    stopWorker();
    onFallback(error);
  };
  try {
    worker = new Worker(options.workerUrl ?? WORKER_URL, { type: "module" });
    worker.onmessage = ({ data }: MessageEvent<FileBatchResult>) => {
      answers++;
      // Answers come in order, and the batches before this one are finished.
      settleUpTo(data.id - 1);
      pending.get(data.id)?.settle(data.failures);
      pending.delete(data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack(event.error ?? new Error(event.message));
    };
    worker.postMessage({ progress } satisfies WorkerProgress);
  } catch (error) {
    fallBack(error);
  }
  return {
    write(dir, files) {
      const batch = { id: nextId++, dir, files };
      if (!worker) return writeHere(batch);
      settleFinished();
      return new Promise((settle) => {
        pending.set(batch.id, { batch, settle });
        worker!.postMessage(batch);
        scheduleCheck();
      });
    },
    close: stopWorker,
  };
}

/** The same temp-then-rename write with async calls, on this thread. */
async function writeHere({ dir, files }: FileBatch): Promise<FileBatchResult["failures"]> {
  const failures: FileBatchResult["failures"] = [];
  for (const { name, text } of files) {
    const temp = `${dir}/${name}.json.tmp`;
    try {
      await Deno.writeTextFile(temp, text);
      await Deno.rename(temp, `${dir}/${name}.json`);
    } catch (error) {
      await Deno.remove(temp).catch(() => {});
      failures.push({ name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return failures;
}
