import { deepEqual, equal } from "node:assert/strict";
import { ReplicaPool } from "./replica_pool.ts";

Deno.test("ReplicaPool picks the replica with the fewest outstanding requests", () => {
  const pool = new ReplicaPool(["a", "b"]);
  equal(pool.pick(), "a");
  equal(pool.pick(), "b");
  equal(pool.pick(), "a");
  pool.finish("b", false);
  equal(pool.pick(), "b");
});

Deno.test("ReplicaPool skips an already tried replica when another remains", () => {
  const pool = new ReplicaPool(["a", "b"]);
  equal(pool.pick(new Set(["a"])), "b");
  equal(pool.pick(new Set(["a", "b"])), "a");
});

Deno.test("ReplicaPool opens a replica's circuit after five failures and closes it on success", () => {
  let now = 1_000;
  const pool = new ReplicaPool(["a", "b"], () => now);
  for (let i = 0; i < 5; i++) pool.finish(pool.pick(new Set(["b"])), true);
  deepEqual(pool.circuits().map((c) => c.state), ["open", "closed"]);
  equal(pool.pick(), "b");
  equal(pool.pick(), "b", "an open replica is skipped even with more outstanding elsewhere");
  now += 10_001;
  deepEqual(pool.circuits().map((c) => c.state), ["half-open", "closed"]);
  pool.finish("a", false);
  deepEqual(pool.circuits().map((c) => c.state), ["closed", "closed"]);
});

Deno.test("ReplicaPool still tries an open replica when every replica is open", () => {
  const pool = new ReplicaPool(["only"]);
  for (let i = 0; i < 5; i++) pool.finish(pool.pick(), true);
  equal(pool.circuits()[0]?.state, "open");
  equal(pool.pick(), "only");
});
