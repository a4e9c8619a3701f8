import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import OpenAI from "openai";
import { createLogger } from "../src/logger.ts";
import { readStateFile } from "../src/users/state_file.ts";
import { startTestRouter } from "./test_router.ts";

const YAML = `
users:
  members:
    bob:
      key: BOB_KEY
      limits: { tokensPerDay: 20 }
`;

async function startBobRouter(stateFile: string, logs: string[] = []) {
  const router = await startTestRouter({
    extraYaml: YAML,
    secrets: { BOB_KEY: "bob-key" },
    stateFile,
    logger: createLogger({ level: "warn", write: (line) => logs.push(line) }),
  });
  const bob = new OpenAI({ baseURL: `${router.baseUrl}/v1`, apiKey: "bob-key", maxRetries: 0 });
  return { router, bob };
}

const ask = (client: OpenAI) =>
  client.chat.completions.create({ model: "ai-router", messages: [{ role: "user", content: "hi" }] });

Deno.test("usage state: a restart keeps the day's token count, so the limit still holds", async () => {
  const dir = await Deno.makeTempDir();
  const stateFile = `${dir}/state/usage.json`;
  try {
    {
      const { router, bob } = await startBobRouter(stateFile);
      await using _router = router;
      await ask(bob);
    }
    const saved = await readStateFile(stateFile);
    ok(saved.kind === "ok");
    ok((saved.snapshot.members.bob?.tokens ?? 0) >= 20);
    const { router, bob } = await startBobRouter(stateFile);
    await using _router = router;
    await rejects(ask(bob), OpenAI.RateLimitError);
    equal(router.upstreams.primary.requests.length, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("usage state: a corrupt file is reported and replaced, not fatal", async () => {
  const dir = await Deno.makeTempDir();
  const stateFile = `${dir}/usage.json`;
  try {
    await Deno.writeTextFile(stateFile, "{not json");
    const logs: string[] = [];
    const { router, bob } = await startBobRouter(stateFile, logs);
    await using _router = router;
    match(logs.join("\n"), /warn Usage state file is corrupt/);
    const replaced = await readStateFile(stateFile);
    equal(replaced.kind, "ok");
    const completion = await ask(bob);
    equal(completion.object, "chat.completion");
    await router.users.save();
    const after = await readStateFile(stateFile);
    ok(after.kind === "ok" && (after.snapshot.members.bob?.tokens ?? 0) > 0);
    deepEqual((await Array.fromAsync(Deno.readDir(dir))).map((e) => e.name), ["usage.json"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("usage state: a file from an earlier day starts the counters from zero", async () => {
  const dir = await Deno.makeTempDir();
  const stateFile = `${dir}/usage.json`;
  try {
    await Deno.writeTextFile(
      stateFile,
      JSON.stringify({ version: 1, day: "2001-01-01", members: { bob: { tokens: 999, cloudUsd: 1 } } }),
    );
    const { router, bob } = await startBobRouter(stateFile);
    await using _router = router;
    equal((await ask(bob)).object, "chat.completion");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
