import { deepEqual, equal, match } from "node:assert/strict";
import OpenAI from "openai";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { toKeyHash } from "../src/users/key_ring.ts";
import { runCli, startCli } from "./run_cli.ts";

const BACKENDS = `backends:\n  primary: { urls: ["http://127.0.0.1:9/v1"], model: sim }\n`;

/** Runs `fn` with a temporary directory that is removed afterwards. */
async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir();
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("ai-router check refuses misspelt keys at any level, naming the path and the key meant", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(
      `${dir}/member.yaml`,
      `${BACKENDS}users:\n  members:\n    ann:\n      cloudAlowed: false\n      limits: { requestPerMinute: 30 }\n`,
    );
    const member = await runCli(["check", "--config", `${dir}/member.yaml`]);
    equal(member.code, 78, member.stdout);
    match(member.stderr, /users\.members\.ann\.cloudAlowed: unknown key, did you mean "cloudAllowed"\?/);
    match(
      member.stderr,
      /users\.members\.ann\.limits\.requestPerMinute: unknown key, did you mean "requestsPerMinute"\?/,
    );
    equal(member.stdout.includes("Config OK"), false);

    await Deno.writeTextFile(
      `${dir}/sections.yaml`,
      `${BACKENDS}users:\n  memebers:\n    ann: {}\nsupervisor:\n  enable: true\nserver: { colour: red }\n`,
    );
    const sections = await runCli(["check", "--config", `${dir}/sections.yaml`]);
    equal(sections.code, 78);
    match(sections.stderr, new RegExp(`Cannot load config "${dir}/sections.yaml": `));
    match(sections.stderr, /users\.memebers: unknown key, did you mean "members"\?/);
    match(sections.stderr, /supervisor\.enable: unknown key, did you mean "enabled"\?/);
    // No key is close: the known ones are listed instead.
    match(sections.stderr, /server\.colour: unknown key \(known here: host, port, /);
  });
});

Deno.test("ai-router check flags only the misspelt key, not names the writer chose (backends, members, plans, voices, prices)", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(
      `${dir}/open.yaml`,
      `backends:
  primary: { urls: ["http://127.0.0.1:9/v1"], model: sim }
  my-cloud: { urls: ["http://127.0.0.1:9/v1"], model: sim, location: cloud }
routing:
  plans: { CUSTOMLABEL: { backend: primary } }
  labels: [SIMPLE, MODERATE, CUSTOMLABEL]
audio:
  voices: { anything-goes: { voice: en_US-lessac-medium } }
prices:
  my-cloud: { inputPerMillionUsd: 1, outputPerMillionUsd: 2 }
users:
  members:
    zed-the-3rd: { limits: { cloudSpendPerDayUsd: 1 } }
review: { judgeBackend: primary, cloudJduge: false }
`,
    );
    const result = await runCli(["check", "--config", `${dir}/open.yaml`]);
    equal(result.code, 78, result.stdout);
    // The one misspelt key is the only complaint: the names the writer chose are not taken for typos.
    equal(result.stderr.match(/unknown key/g)?.length, 1, result.stderr);
    match(result.stderr, /review\.cloudJduge: unknown key, did you mean "cloudJudge"\?/);
  });
});

Deno.test("ai-router check lists the members with how they sign in, their limits and policies", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(
      `${dir}/members.yaml`,
      `${BACKENDS}prices:\n  primary: { inputPerMillionUsd: 1, outputPerMillionUsd: 1 }\nusers:
  timezone: Europe/Berlin
  members:
    ann:
      key: "${toKeyHash("ann-key")}"
      cloudAllowed: false
      allowedModels: [ai-router, code]
      limits: { requestsPerMinute: 30, tokensPerDay: 200000 }
    dad: { key: DAD_KEY, limits: { cloudSpendPerDayUsd: 2.5 } }
    webui: { forwardedIds: [kid@example.org] }
`,
    );
    const result = await runCli(["check", "--config", `${dir}/members.yaml`]);
    equal(result.code, 0, result.stderr);
    const members = result.stdout.slice(result.stdout.indexOf("Members:"));
    match(
      members,
      /^ {2}ann: key hash\n {4}limits: 30 requests\/minute, 200000 tokens\/day\n {4}cloud not allowed, ai-router, code$/m,
    );
    match(
      members,
      /^ {2}dad: key from DAD_KEY\n {4}limits: \$2\.5 cloud\/day\n {4}cloud allowed, all models$/m,
    );
    match(members, /^ {2}webui: Open WebUI user kid@example\.org\n {4}limits: none\n/m);
    match(members, /Days end at midnight Europe\/Berlin/);
    await Deno.writeTextFile(`${dir}/none.yaml`, BACKENDS);
    const none = await runCli(["check", "--config", `${dir}/none.yaml`]);
    equal(none.code, 0, none.stderr);
    match(none.stdout, /^Members: none/m);
  });
});

Deno.test("ai-router serve refuses to start on a misspelt key, and a SIGHUP with one keeps the running config", async () => {
  await using upstream = await startOpenAiSimulator({ models: ["sim"] });
  await withDir(async (dir) => {
    const configPath = `${dir}/ai-router.yaml`;
    const good =
      `publicModel: ai-router\nbackends:\n  primary: { urls: ["${upstream.baseUrl}"], model: sim }\n`;
    await Deno.writeTextFile(configPath, `${good}supervisor: { enable: true }\n`);
    {
      // Started rather than run to its end: a router that wrongly starts is stopped when the block ends.
      await using refused = startCli(["serve", "--config", configPath, "--port", "0"]);
      const [line] = await refused.waitFor(/supervisor\.enable: unknown key.*|Listening.*/);
      match(line, /supervisor\.enable: unknown key, did you mean "enabled"\?/);
      equal((await refused.process.status).code, 78);
    }

    await Deno.writeTextFile(configPath, good);
    await using cli = startCli(["serve", "--config", configPath, "--port", "0"]);
    const [, baseUrl] = await cli.waitFor(/Listening url=(http:\/\/\S+)/);
    const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
    await Deno.writeTextFile(configPath, good.replace("publicModel:", "publicModle:"));
    cli.process.kill("SIGHUP");
    await cli.waitFor(/Reload failed, keeping the running config .*publicModle: unknown key, did you mean/);
    deepEqual((await client.models.list()).data.map((m) => m.id), ["ai-router"]);
  });
});

Deno.test("ai-router check refuses a misspelt key in the container profile it names", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(
      `${dir}/profile.yaml`,
      `device: { name: box, memoryGib: 16 }
containers:
  chat:
    kind: http
    image: example/chat:1
    port: 8001
    memory: { fixedGib: 2 }
    idleTimeotMs: 60000
`,
    );
    await Deno.writeTextFile(
      `${dir}/ai-router.yaml`,
      `${BACKENDS}supervisor: { profile: "${dir}/profile.yaml" }\n`,
    );
    const result = await runCli(["check", "--config", `${dir}/ai-router.yaml`]);
    equal(result.code, 78, result.stdout);
    match(
      result.stderr,
      /Cannot load container profile ".*profile\.yaml": containers\.chat\.idleTimeotMs: unknown key, did you mean "idleTimeoutMs"\?/,
    );
  });
});

Deno.test("ai-router add-member --write refuses a config with a misspelt key and leaves the file as it was", async () => {
  await withDir(async (dir) => {
    const path = `${dir}/ai-router.yaml`;
    const text = `${BACKENDS}users:\n  members:\n    ann: { cloudAlowed: false }\n`;
    await Deno.writeTextFile(path, text);
    const result = await runCli(["add-member", "bob", "--write", "--config", path]);
    equal(result.code, 78, result.stdout);
    match(
      result.stderr,
      new RegExp(
        `Cannot load config "${path}": users\\.members\\.ann\\.cloudAlowed: unknown key, did you mean`,
      ),
    );
    equal(await Deno.readTextFile(path), text);
    deepEqual([...Deno.readDirSync(dir)].map((entry) => entry.name), ["ai-router.yaml"]);
  });
});
