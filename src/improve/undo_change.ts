import { listDirectories, restoreBefore } from "./install_proposal.ts";

/** A history entry's name is its install time; undone entries end in `.undone`, interrupted ones `.partial`. */
const APPLIED = /^\d{8}T\d{9}Z$/;

/**
 * Undoes the most recent applied change still in force: checks every file it installed is still as it left
 * it (or already restored by an interrupted undo), restores the old files and marks the entry `.undone`.
 */
export async function undoLastChange(historyDir: string): Promise<{ entry: string; files: string[] }> {
  const last = (await listDirectories(historyDir)).filter((name) => APPLIED.test(name)).at(-1);
  if (!last) throw new TypeError(`Cannot undo: no applied change in "${historyDir}"`);
  const entry = `${historyDir}/${last}`;
  const record = JSON.parse(await Deno.readTextFile(`${entry}/install.json`)) as {
    promptsDir: string;
    files: Array<{ name: string; existed: boolean }>;
  };
  for (const file of record.files) {
    const now = await Deno.readTextFile(`${record.promptsDir}/${file.name}`).catch(() => undefined);
    const after = await Deno.readTextFile(`${entry}/after/${file.name}`);
    const before = file.existed ? await Deno.readTextFile(`${entry}/before/${file.name}`) : undefined;
    if (now !== after && now !== before) {
      throw new TypeError(`Cannot undo ${last}: ${file.name} was edited after it was applied`);
    }
  }
  await restoreBefore(entry);
  await Deno.rename(entry, `${entry}.undone`);
  return { entry: `${entry}.undone`, files: record.files.map((f) => f.name) };
}
