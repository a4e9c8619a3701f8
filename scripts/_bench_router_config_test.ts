import { deepEqual, equal } from "node:assert/strict";
import { readUnitAllocatorEnv, spawnBenchRouter, toUnitAllocatorEnv } from "./_bench_router_config.ts";

const UNIT = `[Service]
Environment=AI_ROUTER_SECRETS_FILE=/etc/ai-router/.secrets
Environment=MALLOC_ARENA_MAX=1
Environment=GLIBC_TUNABLES=glibc.malloc.trim_threshold=131072
# Environment=MALLOC_TOP_PAD_=0
Environment=DENO_DIR=/var/cache/ai-router
`;

Deno.test("toUnitAllocatorEnv takes the unit's malloc settings, and the bench's own environment wins", () => {
  deepEqual(toUnitAllocatorEnv(UNIT), {
    MALLOC_ARENA_MAX: "1",
    GLIBC_TUNABLES: "glibc.malloc.trim_threshold=131072",
  });
  deepEqual(toUnitAllocatorEnv(UNIT, { MALLOC_ARENA_MAX: "16" }), {
    GLIBC_TUNABLES: "glibc.malloc.trim_threshold=131072",
  });
  deepEqual(toUnitAllocatorEnv("[Service]\nExecStart=/usr/local/bin/ai-router serve\n"), {});
});

Deno.test({
  name: "a bench router runs with the allocator settings of systemd/ai-router.service",
  ignore: Deno.env.get("MALLOC_ARENA_MAX") !== undefined, // the bench's own value would win, by design
  async fn() {
    const fromUnit = readUnitAllocatorEnv();
    equal(fromUnit.MALLOC_ARENA_MAX, "1");
    const dir = await Deno.makeTempDir({ prefix: "bench-router-env-" });
    // In the router's place, an entry that writes down its environment and says it listens.
    const entry = `${dir}/entry.ts`;
    await Deno.writeTextFile(
      entry,
      `Deno.writeTextFileSync(Deno.args[2] + ".env", JSON.stringify(Deno.env.toObject()));
      console.error("Listening url=http://127.0.0.1:1");
      setTimeout(() => {}, 60_000);`,
    );
    const router = await spawnBenchRouter({
      dir,
      name: "router",
      fastPort: 9,
      slowPort: 9,
      flags: [],
      entry,
    });
    try {
      const env = JSON.parse(await Deno.readTextFile(`${dir}/router.yaml.env`));
      for (const [name, value] of Object.entries(fromUnit)) equal(env[name], value, name);
    } finally {
      router.child.kill();
      await router.child.status;
      await Deno.remove(dir, { recursive: true });
    }
  },
});
