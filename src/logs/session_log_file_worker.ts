/**
 * The session log writer's worker (see `session_log_files.ts`): writes each file of a batch to a temp name
 * and renames it, with sync calls. On this thread a sync call is cheaper than an async one: Deno runs each
 * async file op on its blocking pool and wakes the event loop when it is done. `scripts/bench_file_writes.ts`
 * (both ways taking turns in one directory, 10,000 files of 3 KB each) measured 37–188 µs of CPU per file
 * sync against 104–308 µs async on this VM's ext4, sync cheaper by 60–120 µs in each of three runs.
 */
import {
  ANSWERS,
  DONE,
  type FileBatch,
  type FileBatchResult,
  type WorkerProgress,
} from "./session_log_files.ts";

/** A temp file is renamed once complete, so readers never see a partial `.json` (docs/decisions.md, "Session log files"). */
function writeOne(dir: string, { name, text }: { name: string; text: string }): void {
  const temp = `${dir}/${name}.json.tmp`;
  try {
    Deno.writeTextFileSync(temp, text);
    Deno.renameSync(temp, `${dir}/${name}.json`);
  } catch (error) {
    try {
      Deno.removeSync(temp);
    } catch {
      // Nothing was created, or the directory is gone: the failure below says what happened.
    }
    throw error;
  }
}

/** The worker's global scope, typed here: the project is type-checked with the window's globals. */
const scope = self as unknown as {
  onmessage: (event: MessageEvent<FileBatch>) => void;
  postMessage(message: FileBatchResult): void;
};

/** Where the writer reads what is done: the first message sets it. */
let progress: Int32Array<ArrayBufferLike> = new Int32Array(2);

scope.onmessage = (event) => {
  if ("progress" in event.data) {
    progress = (event.data as unknown as WorkerProgress).progress;
    return;
  }
  const { id, dir, files } = event.data;
  const failures: FileBatchResult["failures"] = [];
  for (const { name, text } of files) {
    try {
      writeOne(dir, { name, text });
    } catch (error) {
      failures.push({ name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  // Counted before the batch is marked done, so the writer never settles a batch whose failures are on the way.
  if (failures.length > 0) {
    Atomics.add(progress, ANSWERS, 1);
    scope.postMessage({ id, failures });
  }
  Atomics.store(progress, DONE, id);
};
