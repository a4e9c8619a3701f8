/**
 * `deno run -A scripts/profile_router.ts [--no-logs] [count] [concurrency]`: the bench's router (whole
 * pipeline, session log files) under `--cpu-prof`, loaded with `count` chat requests, then stopped with
 * SIGTERM so V8 writes the profile; prints the top self-time entries of the main thread.
 */
import { spawnBenchRouter } from "./_bench_router_config.ts";
import { runLoad, spawnSimulator } from "./_bench_load.ts";
import { summarizeByPlace, summarizeCpuProfile } from "./_summarize_cpu_profile.ts";

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const sessionLogs = !Deno.args.includes("--no-logs");
const [count = 20_000, concurrency = 16] = Deno.args.filter((a) => !a.startsWith("--")).map(Number);
const dir = await Deno.makeTempDir({ prefix: "ai-router-profile-" });
const sim = await spawnSimulator(0);
try {
  const { child, target } = await spawnBenchRouter({
    dir,
    name: "router",
    fastPort: sim.port,
    slowPort: sim.port,
    flags: ["--cpu-prof", `--cpu-prof-dir=${dir}/prof`],
    sessionLogs,
  });
  await runLoad(target, { concurrency, count: 1000 });
  const result = await runLoad(target, { concurrency, count });
  print(
    `${count} requests at ${concurrency}: ${result.perSecond.toFixed(0)} req/s, ${
      result.cpuUsPerRequest.toFixed(0)
    } µs CPU/req, ${result.failures} failures`,
  );
  child.kill("SIGTERM");
  await child.status;
  for await (const file of Deno.readDir(`${dir}/prof`)) {
    const profile = JSON.parse(await Deno.readTextFile(`${dir}/prof/${file.name}`));
    print(`${file.name}\n${summarizeCpuProfile(profile, 15)}\n${summarizeByPlace(profile, 25)}`);
  }
} finally {
  sim.child.kill();
  await sim.child.status;
  await Deno.remove(dir, { recursive: true });
}
