/**
 * `deno run -A scripts/alloc_router.ts [count] [concurrency]`: bytes the bench's router allocates on its JS
 * heap per request (V8's `--trace-gc-nvp`: each garbage collection prints `allocated=`, the bytes allocated
 * since the one before), for the whole pipeline with session log files and without, one after the other on
 * the same simulator, then the bench's bare proxy (`Deno.serve` + `fetch`). Garbage per request is what the young generation's scavenges pay for.
 */
import { BENCH_KEY, buildRouterConfig } from "./_bench_router_config.ts";
import { BENCH_SCRIPT, runLoad, spawnSimulator } from "./_bench_load.ts";
import { toKeyHash } from "../src/users/key_ring.ts";

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const [count = 5000, concurrency = 1] = Deno.args.map(Number);
const main = new URL("../main.ts", import.meta.url).pathname;
const dir = await Deno.makeTempDir({ prefix: "ai-router-alloc-" });
const sim = await spawnSimulator(0);

/** Runs one router (or the bench's bare proxy), loads it, and prints its GC lines' `allocated` per request. */
async function measure(name: string, sessionLogs: boolean | "proxy") {
  await Deno.mkdir(`${dir}/${name}`);
  const config = `${dir}/${name}.yaml`;
  const keyHash = toKeyHash(BENCH_KEY);
  const flags = "--v8-flags=--max-old-space-size=384,--max-semi-space-size=8,--trace-gc-nvp";
  const args = sessionLogs === "proxy"
    ? ["run", "-A", flags, BENCH_SCRIPT, "proxy", `http://127.0.0.1:${sim.port}`]
    : ["run", "-A", flags, main, "serve", "--config", config, "--secrets-file", `${dir}/none`];
  if (sessionLogs !== "proxy") {
    await Deno.writeTextFile(
      config,
      buildRouterConfig({ fast: sim.port, slow: sim.port }, { dir: `${dir}/${name}`, keyHash, sessionLogs }),
    );
  }
  const child = new Deno.Command(Deno.execPath(), {
    args,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let gcText = "";
  const gcDone = child.stdout.pipeThrough(new TextDecoderStream()).pipeTo(
    new WritableStream({ write: (t) => void (gcText += t) }),
  );
  const proxy = sessionLogs === "proxy";
  const lines = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
  let head = "";
  let port = 0;
  while (!port) {
    if (proxy) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      port = Number(/PORT (\d+)/.exec(gcText)?.[1] ?? 0);
      continue;
    }
    const { value, done } = await lines.read();
    if (done) throw new Error(`router exited: ${head}`);
    head += value;
    port = Number(/Listening url=http:\/\/127\.0\.0\.1:(\d+)/.exec(head)?.[1] ?? 0);
  }
  (async () => {
    while (!(await lines.read()).done);
  })().catch(() => {});
  const target = {
    name,
    chatUrl: `http://127.0.0.1:${port}/v1/chat/completions`,
    model: proxy ? "sim-primary" : "ai-router",
    headers: proxy ? {} : { authorization: `Bearer ${BENCH_KEY}` },
    pid: child.pid,
  };
  await runLoad(target, { concurrency, count: 1000 });
  const before = gcText.length;
  const result = await runLoad(target, { concurrency, count });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const during = gcText.slice(before);
  child.kill("SIGTERM");
  await child.status;
  await gcDone.catch(() => {});
  const allocated = [...during.matchAll(/"allocated":(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  const scavenges = [...during.matchAll(/"gc":"s"/g)].length;
  print(
    `${name.padEnd(8)} ${
      (allocated / count / 1024).toFixed(1).padStart(6)
    } KiB allocated/req, ${scavenges} scavenges, ${result.cpuUsPerRequest.toFixed(0)} µs CPU/req`,
  );
}

try {
  print(`${count} requests at concurrency ${concurrency}, after 1,000 to warm up`);
  await measure("router", true);
  await measure("no-logs", false);
  await measure("proxy", "proxy");
} finally {
  sim.child.kill("SIGTERM");
  await sim.child.status;
  await Deno.remove(dir, { recursive: true });
}
