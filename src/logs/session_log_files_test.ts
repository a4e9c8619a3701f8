import { deepEqual, equal, match } from "node:assert/strict";
import { createSessionLogFiles } from "./session_log_files.ts";

async function listDir(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) names.push(entry.name);
  return names.sort();
}

Deno.test("the worker writes each file of a batch complete under its final name, and names those it cannot", async () => {
  const dir = await Deno.makeTempDir();
  const files = createSessionLogFiles(() => {
    throw new Error("the worker should have started");
  });
  try {
    const failures = await files.write(dir, [{ name: "a", text: "{}" }, { name: "b", text: '{"x":1}' }]);
    deepEqual(failures, []);
    deepEqual(await listDir(dir), ["a.json", "b.json"]);
    equal(await Deno.readTextFile(`${dir}/b.json`), '{"x":1}');
    const missing = await files.write(`${dir}/gone`, [{ name: "c", text: "{}" }]);
    equal(missing.length, 1);
    equal(missing[0]?.name, "c");
    match(missing[0]?.message ?? "", /No such file or directory/);
  } finally {
    files.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a worker that cannot load falls back to writing on this thread, and loses no file", async () => {
  const dir = await Deno.makeTempDir();
  const fallbacks: unknown[] = [];
  const files = createSessionLogFiles((error) => fallbacks.push(error), {
    workerUrl: new URL("./no_such_worker.ts", import.meta.url),
  });
  try {
    const failures = await files.write(dir, [{ name: "a", text: "{}" }]);
    deepEqual(failures, []);
    deepEqual(await files.write(dir, [{ name: "b", text: "{}" }]), []);
    deepEqual(await listDir(dir), ["a.json", "b.json"]);
    equal(fallbacks.length, 1);
  } finally {
    files.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("after close, a late batch is written on this thread and no worker is left running", async () => {
  const dir = await Deno.makeTempDir();
  const files = createSessionLogFiles(() => {});
  try {
    deepEqual(await files.write(dir, [{ name: "early", text: "{}" }]), []);
    files.close();
    deepEqual(await files.write(dir, [{ name: "late", text: "{}" }]), []);
    deepEqual(await listDir(dir), ["early.json", "late.json"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("batches in flight at once settle in order, each with its own failures", async () => {
  const dir = await Deno.makeTempDir();
  const files = createSessionLogFiles(() => {
    throw new Error("the worker should have started");
  });
  try {
    // Only a batch with failures is answered; the others are settled from the worker's shared progress.
    const results = await Promise.all([
      files.write(dir, [{ name: "a", text: "{}" }]),
      files.write(`${dir}/gone`, [{ name: "b", text: "{}" }]),
      files.write(dir, [{ name: "c", text: "{}" }, { name: "d", text: "{}" }]),
      files.write(`${dir}/gone`, [{ name: "e", text: "{}" }]),
      files.write(dir, [{ name: "f", text: "{}" }]),
    ]);
    deepEqual(results.map((failures) => failures.map(({ name }) => name)), [[], ["b"], [], ["e"], []]);
    deepEqual(await listDir(dir), ["a.json", "c.json", "d.json", "f.json"]);
  } finally {
    files.close();
    await Deno.remove(dir, { recursive: true });
  }
});
