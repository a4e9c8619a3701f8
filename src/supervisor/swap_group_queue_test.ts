import assert from "node:assert/strict";
import { SwapGroupQueue } from "./swap_group_queue.ts";

const giveUp = (): never => {
  throw new Error("gave up");
};

Deno.test("SwapGroupQueue runs one step per group at a time, in arrival order", async () => {
  const queue = new SwapGroupQueue();
  const events: string[] = [];
  let releaseFirst!: () => void;
  const first = queue.run("g", 10_000, new AbortController().signal, async () => {
    events.push("first in");
    await new Promise<void>((resolve) => releaseFirst = resolve);
    events.push("first out");
  }, giveUp);
  const second = queue.run("g", 10_000, new AbortController().signal, () => {
    events.push("second");
    return Promise.resolve();
  }, giveUp);
  const other = queue.run("h", 10_000, new AbortController().signal, () => {
    events.push("other group");
    return Promise.resolve();
  }, giveUp);
  await other;
  assert.equal(queue.isBusy("g"), true);
  releaseFirst();
  await Promise.all([first, second]);
  assert.deepEqual(events, ["first in", "other group", "first out", "second"]);
  assert.equal(queue.isBusy("g"), false);
});

Deno.test("SwapGroupQueue: a waiter whose request ends gives up, and the steps behind it still run", async () => {
  const queue = new SwapGroupQueue();
  let releaseFirst!: () => void;
  const first = queue.run("g", 10_000, new AbortController().signal, async () => {
    await new Promise<void>((resolve) => releaseFirst = resolve);
  }, giveUp);
  const leaving = new AbortController();
  let ranLeaving = false;
  const second = queue.run("g", 10_000, leaving.signal, () => {
    ranLeaving = true;
    return Promise.resolve();
  }, giveUp);
  let ranThird = false;
  const third = queue.run("g", 10_000, new AbortController().signal, () => {
    ranThird = true;
    return Promise.resolve();
  }, giveUp);
  leaving.abort();
  await assert.rejects(second, /gave up/);
  assert.equal(ranThird, false, "the third still waits for the first");
  releaseFirst();
  await Promise.all([first, third]);
  assert.equal(ranLeaving, false);
  assert.equal(ranThird, true);
});
