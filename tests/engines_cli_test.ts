/** `ai-router plan` and `check` with several boxes (`supervisor.engines`), through the real CLI. */
import assert from "node:assert/strict";
import { runCli } from "./run_cli.ts";

const PROFILE = `
device: { name: Jetson Thor, memoryGib: 122, reservedGib: 16, gpuAccess: none }
devices:
  workstation: { name: RTX workstation, memoryGib: 24, reservedGib: 2, gpuAccess: none }
containers:
  chat:
    kind: http
    image: chat:1
    port: 8001
    memory: { fixedGib: 20 }
  coder:
    kind: http
    image: coder:1
    port: 8002
    engine: workstation
    swapGroup: big
    memory: { fixedGib: 18 }
  writer:
    kind: http
    image: writer:1
    port: 8003
    engine: workstation
    swapGroup: big
    memory: { fixedGib: 12 }
`;

function configYaml(dir: string, workstationBudget: number): string {
  return `
backends:
  primary: { urls: ["http://127.0.0.1:8001/v1"], model: chat, container: chat }
  coder: { urls: ["http://workstation:8002/v1"], model: coder, container: coder }
supervisor:
  enabled: true
  profile: ${dir}/boxes.yaml
  engines:
    local: { host: "unix:///var/run/docker.sock" }
    workstation:
      host: tcp://workstation:2376
      tls: { certPath: ${dir}/certs }
      memoryBudgetGib: ${workstationBudget}
`;
}

async function withFiles(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "ai-router-engines-cli-" });
  try {
    await Deno.writeTextFile(`${dir}/boxes.yaml`, PROFILE);
    await Deno.mkdir(`${dir}/certs`);
    for (const file of ["ca.pem", "cert.pem", "key.pem"]) {
      await Deno.writeTextFile(`${dir}/certs/${file}`, "x");
    }
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("ai-router plan --profile prints one table per box, each against its own memory", async () => {
  await withFiles(async (dir) => {
    const { code, stdout } = await runCli(["plan", "--profile", `${dir}/boxes.yaml`]);
    assert.equal(code, 0);
    const [thor, workstation, ...rest] = stdout.trim().split("\n\n");
    assert.equal(rest.length, 0);
    assert.match(thor!, /^Memory plan for Jetson Thor: 122\.0 GiB device, budget 106\.0 GiB/);
    assert.match(thor!, /20\.0 GiB of 106\.0 GiB: fits/);
    assert.match(workstation!, /^Memory plan for RTX workstation \(engine "workstation"\): 24\.0 GiB device/);
    // One member of the workstation's swap group at a time: the larger, 18 GiB, of its 22 GiB.
    assert.match(workstation!, /18\.0 GiB of 22\.0 GiB: fits/);
  });
});

Deno.test("ai-router plan --config names the engines and applies each box's budget", async () => {
  await withFiles(async (dir) => {
    await Deno.writeTextFile(`${dir}/a.yaml`, configYaml(dir, 16));
    const { code, stdout } = await runCli(["plan", "--config", `${dir}/a.yaml`]);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^Memory plan for Jetson Thor \(engine "local"\): .*\n(.*\n)*.*20\.0 GiB of 106\.0 GiB: fits/,
    );
    assert.match(stdout, /18\.0 GiB of 16\.0 GiB: DOES NOT FIT\n {2}! coder: needs 18\.0 GiB alone/);
  });
});

Deno.test("ai-router check lists each box and fails on a missing certificate file", async () => {
  await withFiles(async (dir) => {
    await Deno.writeTextFile(`${dir}/a.yaml`, configYaml(dir, 22));
    const ok = await runCli(["check", "--config", `${dir}/a.yaml`]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(
      ok.stdout,
      /workstation: tcp:\/\/workstation:2376, mutual TLS \(ca .*\/certs\/ca\.pem, cert/,
    );
    assert.match(
      ok.stdout,
      / RTX workstation \(engine "workstation", tcp:\/\/workstation:2376\):\n {2}coder: coder:1/,
    );
    await Deno.remove(`${dir}/certs/key.pem`);
    const missing = await runCli(["check", "--config", `${dir}/a.yaml`]);
    assert.equal(missing.code, 78);
    assert.match(
      missing.stderr,
      /Cannot use engine "workstation": supervisor\.engines\.workstation\.tls\.certPath \(key\.pem\) ".*\/certs\/key\.pem": No such file/,
    );
  });
});

Deno.test("ai-router check refuses a box whose engine is not configured", async () => {
  await withFiles(async (dir) => {
    await Deno.writeTextFile(
      `${dir}/a.yaml`,
      configYaml(dir, 22).replace(/ {4}workstation:\n(.*\n){3}/, ""),
    );
    const { code, stderr } = await runCli(["check", "--config", `${dir}/a.yaml`]);
    assert.equal(code, 78);
    assert.match(
      stderr,
      /devices\.workstation of the profile \(containers\.coder\.engine, containers\.writer\.engine\) is not in supervisor\.engines \(local\)/,
    );
  });
});

Deno.test("ai-router check refuses a profile with several boxes when only dockerHost is set", async () => {
  await withFiles(async (dir) => {
    const single = configYaml(dir, 22).replace(
      / {2}engines:\n(.*\n)*/,
      '  dockerHost: "unix:///var/run/docker.sock"\n',
    );
    await Deno.writeTextFile(`${dir}/a.yaml`, single);
    const { code, stderr } = await runCli(["check", "--config", `${dir}/a.yaml`]);
    assert.equal(code, 78);
    assert.match(
      stderr,
      /devices\.workstation of the profile .* is not in supervisor\.engines \(not set: only one box/,
    );
  });
});
