/**
 * `deno run -A scripts/bench_file_writes.ts [files]`: CPU per session-log-sized file (3 KB, temp name then
 * rename) written with Deno's async file ops, four at a time as the writer did, against the same two calls
 * made sync, as the session log worker makes them. Process CPU (user + system) from /proc, so it includes
 * the threads Deno runs async file ops on. The reason for the worker (docs/decisions.md, "Session log files").
 */
const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const files = Number(Deno.args[0] ?? 10_000);
const text = JSON.stringify({ answer: "a".repeat(3000) });

function cpuMicros(): number {
  const fields = Deno.readTextFileSync("/proc/self/stat").split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10_000;
}

/** Files per turn: the two ways take turns in one directory, so the file system's drifting state (journal,
 * discard, directory size) weighs on both alike; single runs of either swung between 40 and 350 µs here. */
const TURN = 250;

async function writeSync(dir: string, first: number): Promise<void> {
  for (let n = first; n < first + TURN; n++) {
    Deno.writeTextFileSync(`${dir}/${n}.json.tmp`, text);
    Deno.renameSync(`${dir}/${n}.json.tmp`, `${dir}/${n}.json`);
  }
  return await Promise.resolve();
}

async function writeAsync(dir: string, first: number): Promise<void> {
  let next = first;
  await Promise.all([0, 1, 2, 3].map(async () => {
    for (let n = next++; n < first + TURN; n = next++) {
      await Deno.writeTextFile(`${dir}/${n}.json.tmp`, text);
      await Deno.rename(`${dir}/${n}.json.tmp`, `${dir}/${n}.json`);
    }
  }));
}

const dir = await Deno.makeTempDir({ prefix: "ai-router-file-bench-" });
const cpu = { sync: 0, async: 0 };
let first = 0;
for (let turn = 0; turn < files / TURN; turn++) {
  for (const [name, write] of [["sync", writeSync], ["async", writeAsync]] as const) {
    const before = cpuMicros();
    await write(dir, first);
    cpu[name] += cpuMicros() - before;
    first += TURN;
  }
}
await Deno.remove(dir, { recursive: true });
const perFile = (micros: number) => (micros / files).toFixed(0).padStart(5);
print(
  `sync  ${perFile(cpu.sync)} µs CPU/file, async ${perFile(cpu.async)} µs CPU/file (${files} each, in turns)`,
);
