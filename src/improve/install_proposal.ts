import type { Prompts } from "../config/load_prompts.ts";
import { writeFileAtomically } from "../review/write_report_files.ts";
import { hashPrompt, readStagedProposal } from "./stage_proposal.ts";

/** Where an install writes and keeps its history. */
export interface InstallOptions {
  promptsDir: string;
  /** `review.improveDir/applied`: one directory per applied change. */
  historyDir: string;
}

/** `install.json` in a history entry: which prompt files the change replaced and whether they existed. */
interface InstallRecord {
  promptsDir: string;
  files: Array<{ name: string; existed: boolean }>;
}

const PARTIAL = ".partial";

async function readOptional(path: string): Promise<string | undefined> {
  return await Deno.readTextFile(path).catch((error) => {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  });
}

async function writeInto(path: string, text: string): Promise<void> {
  await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
  await writeFileAtomically(path, text);
}

/** Puts back the files a history entry replaced (or removes the ones that did not exist). */
export async function restoreBefore(entry: string): Promise<InstallRecord | undefined> {
  const text = await readOptional(`${entry}/install.json`);
  if (text === undefined) return undefined; // stopped before installing anything
  const record = JSON.parse(text) as InstallRecord;
  for (const file of record.files) {
    const target = `${record.promptsDir}/${file.name}`;
    if (file.existed) await writeInto(target, await Deno.readTextFile(`${entry}/before/${file.name}`));
    else await Deno.remove(target).catch(() => undefined);
  }
  return record;
}

/** The directory names in `dir`, none when it does not exist yet. */
export async function listDirectories(dir: string): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const item of Deno.readDir(dir)) if (item.isDirectory) names.push(item.name);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return names.sort();
}

/** Rolls back installs an interruption left half done (a history entry still named `*.partial`). */
export async function recoverInterrupted(historyDir: string): Promise<string[]> {
  const recovered: string[] = [];
  for (const name of await listDirectories(historyDir)) {
    if (!name.endsWith(PARTIAL)) continue;
    await restoreBefore(`${historyDir}/${name}`);
    await Deno.remove(`${historyDir}/${name}`, { recursive: true });
    recovered.push(name);
  }
  return recovered;
}

/**
 * Installs a staged proposal whose verdict passed into `promptsDir`. The history entry (report, diff, old and
 * new files) is written first under a `.partial` name and renamed once every file is in place, so
 * {@linkcode recoverInterrupted} can undo an install cut short. Returns the history entry.
 */
export async function installProposal(stagingDir: string, prompts: Prompts, places: InstallOptions) {
  const staged = await readStagedProposal(stagingDir);
  if (!staged.verdict.passed) {
    throw new TypeError(`Cannot apply: the verdict did not pass (${staged.verdict.reasons.join("; ")})`);
  }
  const moved = staged.files.filter((f) => hashPrompt(prompts, f.name) !== f.baseSha256).map((f) => f.name);
  if (moved.length > 0) {
    throw new TypeError(
      `Cannot apply: ${moved.join(", ")} changed since the proposal was evaluated; run improve again`,
    );
  }
  const entry = `${places.historyDir}/${new Date().toISOString().replace(/[-:.]/g, "")}`;
  const partial = entry + PARTIAL;
  await Deno.mkdir(partial, { recursive: true });
  for (const name of ["proposal.json", "proposal.diff", "verdict.md"]) {
    await Deno.copyFile(`${stagingDir}/${name}`, `${partial}/${name}`);
  }
  const record: InstallRecord = { promptsDir: places.promptsDir, files: [] };
  for (const { name } of staged.files) {
    const before = await readOptional(`${places.promptsDir}/${name}`);
    if (before !== undefined) await writeInto(`${partial}/before/${name}`, before);
    await writeInto(`${partial}/after/${name}`, await Deno.readTextFile(`${stagingDir}/proposed/${name}`));
    record.files.push({ name, existed: before !== undefined });
  }
  await Deno.writeTextFile(`${partial}/install.json`, JSON.stringify(record, null, 2) + "\n");
  for (const { name } of staged.files) {
    await writeInto(`${places.promptsDir}/${name}`, await Deno.readTextFile(`${partial}/after/${name}`));
  }
  await Deno.rename(partial, entry);
  await Deno.remove(stagingDir, { recursive: true });
  return { entry, files: record.files.map((f) => f.name), verdict: staged.verdict };
}
