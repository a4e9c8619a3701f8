/**
 * `deno run -A scripts/profile_compare.ts <other main.ts> [count] [concurrency]`: this checkout's bench
 * router and another checkout's, both under `--cpu-prof`, loaded in rounds in rotation, then each main
 * thread's self time per function in µs per request, the largest differences first (other minus this).
 */
import { spawnBenchRouter, toBinaryV8Flags } from "./_bench_router_config.ts";
import { runLoad, runLoadInRounds, spawnSimulator } from "./_bench_load.ts";
import denoJson from "../deno.json" with { type: "json" };

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const encoder = new TextEncoder();
const print = (line: string) => Deno.stdout.writeSync(encoder.encode(line + "\n"));
const [other, ...rest] = Deno.args;
if (other === undefined) {
  throw new Error("usage: profile_compare.ts <other checkout>/main.ts [count] [concurrency]");
}
const [count = 10_000, concurrency = 16] = rest.map(Number);
const dir = await Deno.makeTempDir({ prefix: "ai-router-profile-ab-" });
const sim = await spawnSimulator(0);
const flags = toBinaryV8Flags(denoJson);

/** Self µs per function (name, file tail, line), summed from the sample time deltas. */
function selfUs(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    const tail = f?.url.replace(/^.*\/(src|ext|node_modules)\//, "$1/") ?? "";
    const key = `${f?.functionName || "(anon)"} ${tail.replace(/\/work\/wt\/[^/]+\//, "")}:${
      (f?.lineNumber ?? 0) + 1
    }`;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  return out;
}

try {
  const a = await spawnBenchRouter({
    dir,
    name: "this",
    fastPort: sim.port,
    slowPort: sim.port,
    flags: [...flags, "--cpu-prof", `--cpu-prof-dir=${dir}/prof-this`],
    sessionLogs: true,
  });
  const b = await spawnBenchRouter({
    dir,
    name: "other",
    fastPort: sim.port,
    slowPort: sim.port,
    flags: [...flags, "--cpu-prof", `--cpu-prof-dir=${dir}/prof-other`],
    sessionLogs: true,
    entry: other,
  });
  for (const t of [a.target, b.target]) await runLoad(t, { concurrency, count: 1000 });
  const [ra, rb] = await runLoadInRounds([a.target, b.target], concurrency, { count, rounds: 10 });
  for (const [name, r] of [["this", ra!], ["other", rb!]] as const) {
    print(
      `${name}: p50 ${r.p50Ms.toFixed(3)} ms, ${r.perSecond.toFixed(0)} req/s, ${
        r.cpuUsPerRequest.toFixed(0)
      } µs CPU/req`,
    );
  }
  const total = count + 1000;
  const maps: Map<string, number>[] = [];
  for (const { child, name } of [{ child: a.child, name: "this" }, { child: b.child, name: "other" }]) {
    child.kill("SIGTERM");
    await child.status;
    for await (const file of Deno.readDir(`${dir}/prof-${name}`)) {
      if (file.name.includes("worker")) continue;
      maps.push(selfUs(JSON.parse(await Deno.readTextFile(`${dir}/prof-${name}/${file.name}`))));
    }
  }
  const [ma, mb] = maps as [Map<string, number>, Map<string, number>];
  const keys = new Set([...ma.keys(), ...mb.keys()]);
  const sum = (m: Map<string, number>) =>
    [...m].filter(([k]) => !k.startsWith("(idle)")).reduce((s, [, v]) => s + v, 0);
  print(
    `main thread busy µs/req: this ${(sum(ma) / total).toFixed(0)}, other ${(sum(mb) / total).toFixed(0)}`,
  );
  const rows = [...keys].filter((k) => !k.startsWith("(idle)")).map((k) =>
    [
      k,
      ((ma.get(k) ?? 0) - (mb.get(k) ?? 0)) / total,
      (ma.get(k) ?? 0) / total,
      (mb.get(k) ?? 0) / total,
    ] as const
  );
  rows.sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
  print("diff µs/req   this   other  function");
  for (const [k, d, x, y] of rows.slice(0, 45)) {
    print(`${d.toFixed(1).padStart(8)} ${x.toFixed(1).padStart(7)} ${y.toFixed(1).padStart(7)}  ${k}`);
  }
} finally {
  sim.child.kill();
  await sim.child.status;
  await Deno.remove(dir, { recursive: true });
}
