/**
 * `deno run -A scripts/bench_memory.ts`: what the bench's router holds in RSS after each phase of
 * `deno task bench` (the same load, on the router alone): RSS, its anonymous and file-backed parts, the
 * malloc main arena and thread arenas (`/proc/<pid>/smaps`), the main isolate's JS heap used/committed and
 * ArrayBuffers (`/health/deep`, `Deno.memoryUsage()`), its threads and open sockets, and at the end its
 * minor page faults. The router runs with
 * the unit's allocator settings (`Environment=MALLOC_…` in systemd/ai-router.service); one set in this
 * script's environment wins, so `MALLOC_ARENA_MAX=16 deno run -A scripts/bench_memory.ts` measures glibc's
 * default on 2 cores. `--trim` calls glibc's `malloc_trim(0)` in the router at the end (through gdb),
 * `--trim-each` after every phase;
 * `--idle=15,95` then leaves it idle and reports (and trims) after each of those seconds; `--no-logs` turns
 * session logs off (no log worker); `--server-idle-ms=0` serves with plain `Deno.serve`;
 * `BENCH_ROUTER_FLAGS` adds `deno run` flags (e.g. V8 flags) after the shipped ones.
 */
import { readUnitAllocatorEnv, spawnBenchRouter, toBinaryV8Flags } from "./_bench_router_config.ts";
import { measureRssUnderStreams, readRssMib, runLoad, runStreams, spawnSimulator } from "./_bench_load.ts";
import denoJson from "../deno.json" with { type: "json" };

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const flags = [
  ...toBinaryV8Flags(denoJson),
  ...Deno.env.get("BENCH_ROUTER_FLAGS")?.split(" ").filter(Boolean) ?? [],
];
/** `--name=value` from the command line. */
const argValue = (name: string) =>
  Deno.args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
const mib = (kb: number) => (kb / 1024).toFixed(1).padStart(6);

/**
 * RSS of a process split by mapping kind, in kB, from `/proc/<pid>/smaps`: the malloc main arena (`[heap]`),
 * glibc's thread arenas (a read-write mapping at a 64 MiB boundary followed by its `---p` rest, together
 * 64 MiB: `HEAP_MAX_SIZE` in glibc malloc/arena.c), other anonymous memory (V8's heaps, thread stacks, large
 * `mmap`ed blocks) and files (the binary, libraries).
 */
function readMappings(pid: number) {
  const sums = { anon: 0, file: 0, brk: 0, arenas: 0, arenaCount: 0 };
  const ARENA = 64 * 1024 * 1024;
  let previous = { start: 0, end: 0, perms: "", anonRss: 0 };
  let current = { start: 0, end: 0, perms: "", path: "" };
  for (const line of Deno.readTextFileSync(`/proc/${pid}/smaps`).split("\n")) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (header) {
      current = {
        start: parseInt(header[1]!, 16),
        end: parseInt(header[2]!, 16),
        perms: header[3]!,
        path: header[4]!,
      };
      const isArenaTail = current.path === "" && current.perms === "---p" && previous.perms === "rw-p" &&
        current.start === previous.end && previous.start % ARENA === 0 &&
        current.end - previous.start === ARENA;
      if (isArenaTail) {
        sums.anon -= previous.anonRss;
        sums.arenas += previous.anonRss;
        sums.arenaCount++;
      }
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (!rss) continue;
    const kb = Number(rss[1]);
    const kind = current.path === "[heap]" ? "brk" : current.path.startsWith("/") ? "file" : "anon";
    sums[kind] += kb;
    previous = { ...current, anonRss: kind === "anon" ? kb : 0 };
  }
  return sums;
}

const dir = await Deno.makeTempDir({ prefix: "ai-router-mem-" });
const fast = await spawnSimulator(0);
const slow = await spawnSimulator(20);
const children = [fast.child, slow.child];
try {
  const router = await spawnBenchRouter({
    dir,
    name: "router",
    fastPort: fast.port,
    slowPort: slow.port,
    flags,
    sessionLogs: !Deno.args.includes("--no-logs"),
    idleTimeoutMs: argValue("--server-idle-ms") === undefined
      ? undefined
      : Number(argValue("--server-idle-ms")),
  });
  children.push(router.child);
  const { target, port } = router;
  const report = async (phase: string) => {
    const rss = readRssMib(target.pid); // before `/health/deep`, whose probes allocate
    const m = readMappings(target.pid);
    const health = await (await fetch(`http://127.0.0.1:${port}/health/deep`, target)).json();
    const { heapUsedBytes, heapTotalBytes, externalBytes } = health.process;
    const threads = /Threads:\s+(\d+)/.exec(Deno.readTextFileSync(`/proc/${target.pid}/status`))?.[1];
    let sockets = 0; // open connections (and the listener): what the HTTP server and fetch's pool hold
    for (const fd of Deno.readDirSync(`/proc/${target.pid}/fd`)) {
      try {
        if (Deno.readLinkSync(`/proc/${target.pid}/fd/${fd.name}`).startsWith("socket:")) sockets++;
      } catch {
        // closed between the listing and the read
      }
    }
    print(
      `${phase.padEnd(22)} ${rss.toFixed(1).padStart(6)} ${mib(m.anon)} ${mib(m.brk)} ${
        mib(m.arenas)
      }/${m.arenaCount} ${mib(m.file)}  ${mib(heapUsedBytes / 1024)} ${mib(heapTotalBytes / 1024)} ${
        mib(externalBytes / 1024)
      }  ${String(threads).padStart(7)} ${String(sockets).padStart(7)}`,
    );
  };
  print(
    `router flags: ${flags.join(" ")}; allocator env (the unit's, then the bench's own): ${
      Object.entries({ ...Deno.env.toObject(), ...readUnitAllocatorEnv() })
        .filter(([k]) => k.startsWith("MALLOC_") || k === "GLIBC_TUNABLES")
        .map(([k, v]) => `${k}=${v}`).join(" ") || "none"
    }`,
  );
  print(
    "phase (MiB)               RSS   anon  [heap] arenas/n   file  heapUsed heapTotal external threads sockets",
  );
  const trim = async () => {
    // What the allocator holds free: glibc's malloc_trim(0) returns every free page of every arena
    // (madvise), so the RSS it drops is freed memory malloc kept, not live data.
    const gdb = ["-p", String(target.pid), "-batch", "-ex", "call (int)malloc_trim(0)"];
    await new Deno.Command("gdb", { args: gdb, stdout: "null", stderr: "null" }).output();
    await report("after malloc_trim(0)");
  };
  // `--trim-each`: a trim after every phase, i.e. what releasing malloc's free pages while the load goes on
  // would keep off the later readings.
  const phaseDone = async (phase: string) => {
    await report(phase);
    if (Deno.args.includes("--trim-each")) await trim();
  };
  await phaseDone("idle");
  let cpuUs = 0;
  let requests = 0;
  const load = async (concurrency: number, count: number) => {
    const result = await runLoad(target, { concurrency, count });
    cpuUs += result.cpuUsPerRequest * count;
    requests += count;
  };
  await load(16, 1000);
  await phaseDone("warm-up c=16 1000");
  await load(1, 1500);
  await phaseDone("c=1 1500");
  await load(16, 4000);
  await phaseDone("c=16 4000");
  await load(64, 4000);
  await phaseDone("c=64 4000");
  await runStreams(target, { count: 300 });
  await phaseDone("300 streams");
  const withStreams = await measureRssUnderStreams(target, { model: "slow", count: 64 });
  print(`${"64 streams open".padEnd(22)} ${withStreams.toFixed(1).padStart(6)}`);
  await phaseDone("64 streams ended");
  await load(64, 10_000);
  await phaseDone("10,000 more c=64");
  print(`router CPU over the ${requests} non-streaming requests: ${(cpuUs / requests).toFixed(0)} µs/req`);
  // Minor page faults since the start (field 10 of /proc/<pid>/stat): memory the process touched again
  // after giving it back costs one each.
  const stat = Deno.readTextFileSync(`/proc/${target.pid}/stat`);
  print(`router minor page faults: ${stat.slice(stat.lastIndexOf(")") + 2).split(" ")[7]}`);
  if (Deno.args.includes("--trim")) await trim();
  // `--idle=30,95`: the router left idle that many seconds after the load (cumulative), reported (and trimmed
  // with `--trim`) at each: V8's memory reducer collects after a few idle seconds, the router closes the
  // bench's connections after `server.idleTimeoutMs`, fetch its pooled ones to the simulators after its
  // pool's idle timeout.
  const idleArg = argValue("--idle");
  let idled = 0;
  for (const seconds of idleArg?.split(",").map(Number) ?? []) {
    await new Promise((resolve) => setTimeout(resolve, (seconds - idled) * 1000));
    idled = seconds;
    await report(`after ${seconds} s idle`);
    if (Deno.args.includes("--trim")) await trim();
  }
} finally {
  for (const child of children) {
    child.kill();
    await child.status;
  }
  await Deno.remove(dir, { recursive: true });
}
