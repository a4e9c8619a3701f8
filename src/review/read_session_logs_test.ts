import { deepEqual, equal } from "node:assert/strict";
import { randomSession } from "./_random_session.ts";
import { readSessionLogs } from "./read_session_logs.ts";

Deno.test("readSessionLogs() reads the period's files oldest first and counts broken ones", async () => {
  const dir = await Deno.makeTempDir();
  const write = (name: string, text: string) => Deno.writeTextFile(`${dir}/${name}`, text);
  const old = randomSession({ timestamp: "2026-11-20T10:00:00.000Z" });
  const late = randomSession({ timestamp: "2026-11-23T11:00:00.000Z" });
  const early = randomSession({ timestamp: "2026-11-23T09:00:00.000Z" });
  await write(`20261120T100000000Z_${old.id}.json`, JSON.stringify(old));
  await write(`20261123T110000000Z_${late.id}.json`, JSON.stringify(late));
  await write(`20261123T090000000Z_${early.id}.json`, JSON.stringify(early));
  await write("20261123T093000000Z_partial.json", JSON.stringify(early).slice(0, 40));
  await write("20261123T094000000Z_foreign.json", '{"hello": 1}');
  await write("20261123T095000000Z_writing.json.tmp", "{");
  await write("notes.txt", "not a log");
  const read = await readSessionLogs(dir, Date.parse("2026-11-23T00:00:00Z"));
  deepEqual(read.entries.map((e) => e.id), [early.id, late.id]);
  equal(read.unreadable, 2);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("readSessionLogs() skips a file still being written but counts an old cut-short one", async () => {
  const dir = await Deno.makeTempDir();
  const entry = randomSession({ timestamp: "2026-11-23T10:00:00.000Z" });
  const text = JSON.stringify(entry);
  await Deno.writeTextFile(`${dir}/20261123T100000000Z_${entry.id}.json`, text);
  await Deno.writeTextFile(`${dir}/20261123T100030000Z_fresh.json`, text.slice(0, 30));
  await Deno.writeTextFile(`${dir}/20261123T095000000Z_crashed.json`, text.slice(0, 30));
  const since = Date.parse("2026-11-23T00:00:00Z");
  const read = await readSessionLogs(dir, since, { now: Date.parse("2026-11-23T10:00:45Z") });
  deepEqual(read.entries.map((e) => e.id), [entry.id]);
  equal(
    read.unreadable,
    1,
    "the file cut short ten minutes ago is broken; the 15 s old one is being written",
  );
  const later = await readSessionLogs(dir, since, { now: Date.parse("2026-11-23T11:00:00Z") });
  equal(later.unreadable, 2, "an hour later neither is being written any more");
  await Deno.remove(dir, { recursive: true });
});
