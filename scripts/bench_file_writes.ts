/**
 * `deno run -A scripts/bench_file_writes.ts [files]`: CPU per session-log-sized file (3 KB, temp name then
 * rename) written with Deno's async file ops, four at a time as the writer did, against the same two calls
 * made sync, as the session log worker makes them. Process CPU (user + system) from /proc, so it includes
 * the threads Deno runs async file ops on. Issue 16's reason for the worker.
 */
const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const files = Number(Deno.args[0] ?? 10_000);
const text = JSON.stringify({ answer: "a".repeat(3000) });

function cpuMicros(): number {
  const fields = Deno.readTextFileSync("/proc/self/stat").split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10_000;
}

async function measure(name: string, write: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "ai-router-file-bench-" });
  const before = cpuMicros();
  const started = performance.now();
  await write(dir);
  const cpu = (cpuMicros() - before) / files;
  const wall = (performance.now() - started) * 1000 / files;
  print(
    `${name.padEnd(6)} ${cpu.toFixed(0).padStart(5)} µs CPU/file ${wall.toFixed(0).padStart(5)} µs wall/file`,
  );
  await Deno.remove(dir, { recursive: true });
}

for (let round = 0; round < 2; round++) {
  await measure("sync", (dir) => {
    for (let n = 0; n < files; n++) {
      Deno.writeTextFileSync(`${dir}/${n}.json.tmp`, text);
      Deno.renameSync(`${dir}/${n}.json.tmp`, `${dir}/${n}.json`);
    }
    return Promise.resolve();
  });
  await measure("async", async (dir) => {
    let next = 0;
    await Promise.all([0, 1, 2, 3].map(async () => {
      for (let n = next++; n < files; n = next++) {
        await Deno.writeTextFile(`${dir}/${n}.json.tmp`, text);
        await Deno.rename(`${dir}/${n}.json.tmp`, `${dir}/${n}.json`);
      }
    }));
  });
}
