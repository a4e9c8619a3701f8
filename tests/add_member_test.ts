import { equal, match, ok } from "node:assert/strict";
import { loadConfig } from "../src/config/load_config.ts";
import { createKeyRing, toKeyHash } from "../src/users/key_ring.ts";
import { runCli } from "./run_cli.ts";

const EXAMPLE = new URL("../infra/ai-router.yaml", import.meta.url).pathname;

function readPrintedKey(stdout: string): { key: string; hash: string } {
  const key = stdout.match(/^ {2}(sk-ai-router-[\w-]+)$/m)?.[1];
  const hash = stdout.match(/key: "(sha256:[0-9a-f]{64})"/)?.[1];
  ok(key && hash, stdout);
  return { key, hash };
}

Deno.test("ai-router add-member NAME prints a new key and the sha256: line for it, and writes nothing", async () => {
  const first = await runCli(["add-member", "alice", "--config", "/nonexistent/ai-router.yaml"]);
  equal(first.code, 0, first.stderr);
  const { key, hash } = readPrintedKey(first.stdout);
  equal(hash, toKeyHash(key), "the printed line is the key's hash");
  match(first.stdout, /^ {4}alice:$/m);
  const second = readPrintedKey((await runCli(["add-member", "alice"])).stdout);
  ok(second.key !== key, "every call makes a new key");
});

Deno.test("ai-router add-member --write adds the member with only the hash, keeps comments, and the key works", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/ai-router.yaml`;
  await Deno.copyFile(EXAMPLE, path);
  const result = await runCli(["add-member", "bob", "--write", "--config", path]);
  equal(result.code, 0, result.stderr);
  const { key, hash } = readPrintedKey(result.stdout);
  const text = await Deno.readTextFile(path);
  ok(!text.includes(key), "the plain key is not in the YAML");
  ok(text.includes(hash));
  match(text, /# several URLs = replicas/, "comments survive");
  const { config } = await loadConfig(path);
  equal(createKeyRing(config.users, () => undefined).identify(key), "bob");
  equal((await runCli(["check", "--config", path])).code, 0);
  const again = await runCli(["add-member", "bob", "--write", "--config", path]);
  equal(again.code, 2);
  match(again.stderr, /Cannot add member "bob": ".*" already has one by that name/);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("ai-router add-member refuses a name that cannot be a YAML key or a metric label", async () => {
  const result = await runCli(["add-member", "bad name;"]);
  equal(result.code, 2);
  match(result.stderr, /Invalid member name "bad name;"/);
  equal(result.stdout, "");
});
