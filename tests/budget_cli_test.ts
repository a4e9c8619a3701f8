/** `ai-router budget top-up` through the real CLI, with the binary's permissions. */
import { equal, match } from "node:assert/strict";
import { readStateFile } from "../src/users/state_file.ts";
import { runCli } from "./run_cli.ts";
import { buildTestConfigYaml } from "./test_router.ts";

Deno.test("cli: budget top-up records prepaid money for the pool or a member in the state file", async () => {
  const dir = await Deno.makeTempDir();
  const config = `${dir}/ai-router.yaml`;
  const stateFile = `${dir}/state/state.json`;
  const url = "http://127.0.0.1:9/v1";
  await Deno.writeTextFile(
    config,
    buildTestConfigYaml({ primary: url, classifier: url, cloud: url }) + `
users:
  stateFile: ${stateFile}
  pool: { monthlyCloudUsd: 2 }
  members:
    ann: { key: "sha256:${"0".repeat(64)}" }
`,
  );
  const pool = await runCli(["budget", "top-up", "5.00", "--config", config]);
  equal(pool.code, 0, pool.stderr);
  match(pool.stdout, /Added \$5\.00 of prepaid cloud money to the family pool/);
  const ann = await runCli(["budget", "top-up", "2.5", "--member", "ann", "--config", config]);
  equal(ann.code, 0, ann.stderr);
  const read = await readStateFile(stateFile);
  equal(read.kind, "ok");
  const topUps = read.kind === "ok" ? read.snapshot.credit?.topUps ?? [] : [];
  equal(topUps.length, 2);
  equal(topUps[0]?.amountUsd, 5);
  equal(topUps[0]?.member, undefined);
  equal(topUps[1]?.amountUsd, 2.5);
  equal(topUps[1]?.member, "ann");

  const nobody = await runCli(["budget", "top-up", "1", "--member", "bob", "--config", config]);
  equal(nobody.code, 2);
  match(nobody.stderr, /Cannot top up: no member "bob" in users\.members/);
  const bad = await runCli(["budget", "top-up", "five", "--config", config]);
  equal(bad.code, 2);
  match(bad.stderr, /Invalid amount "five": give US dollars, e.g. 5.00/);
  await Deno.remove(dir, { recursive: true });
});
