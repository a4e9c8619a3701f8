/**
 * `deno run -A scripts/profile_router.ts [--no-logs] [count] [concurrency]`: the bench's router (whole
 * pipeline, session log files) under `--cpu-prof`, loaded with `count` chat requests, then stopped with
 * SIGTERM so V8 writes the profile; prints the top self-time entries of the main thread.
 */
import { buildRouterConfig } from "./_bench_router_config.ts";
import { runLoad, spawnListening } from "./_bench_load.ts";
import { summarizeByPlace, summarizeCpuProfile } from "./_summarize_cpu_profile.ts";
import { toKeyHash } from "../src/users/key_ring.ts";

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const sessionLogs = !Deno.args.includes("--no-logs");
const [count = 20_000, concurrency = 16] = Deno.args.filter((a) => !a.startsWith("--")).map(Number);
const bench = new URL("./bench.ts", import.meta.url).pathname;
const mainTs = new URL("../main.ts", import.meta.url).pathname;
const dir = await Deno.makeTempDir({ prefix: "ai-router-profile-" });
const sim = await spawnListening(["run", "-A", bench, "simulator", "0"], /PORT (\d+)/, "stdout");
try {
  await Deno.mkdir(`${dir}/router`);
  await Deno.writeTextFile(
    `${dir}/router.yaml`,
    buildRouterConfig(sim.port, sim.port, `${dir}/router`, toKeyHash("bench-key"), { sessionLogs }),
  );
  const router = await spawnListening(
    [
      "run",
      "-A",
      "--cpu-prof",
      `--cpu-prof-dir=${dir}/prof`,
      mainTs,
      "serve",
      "--config",
      `${dir}/router.yaml`,
      "--secrets-file",
      `${dir}/none`,
    ],
    /Listening url=http:\/\/127\.0\.0\.1:(\d+)/,
    "stderr",
  );
  const target = {
    name: "router",
    chatUrl: `http://127.0.0.1:${router.port}/v1/chat/completions`,
    model: "ai-router",
    headers: { authorization: "Bearer bench-key" },
    pid: router.child.pid,
  };
  await runLoad(target, concurrency, 1000);
  const result = await runLoad(target, concurrency, count);
  print(
    `${count} requests at ${concurrency}: ${result.perSecond.toFixed(0)} req/s, ${
      result.cpuUsPerRequest.toFixed(0)
    } µs CPU/req, ${result.failures} failures`,
  );
  router.child.kill("SIGTERM");
  await router.child.status;
  for await (const file of Deno.readDir(`${dir}/prof`)) {
    const profile = JSON.parse(await Deno.readTextFile(`${dir}/prof/${file.name}`));
    print(`${file.name}\n${summarizeCpuProfile(profile, 15)}\n${summarizeByPlace(profile, 25)}`);
  }
} finally {
  sim.child.kill();
  await sim.child.status;
  await Deno.remove(dir, { recursive: true });
}
