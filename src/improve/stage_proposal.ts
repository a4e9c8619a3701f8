import { createHash } from "node:crypto";
import type { Prompts } from "../config/load_prompts.ts";
import type { Verdict } from "./compare_prompts.ts";

/** `proposal.json` in a staging directory: what `improve --apply` checks before installing. */
export interface StagedProposal {
  createdAt: string;
  judge: string;
  /** The review report the findings came from. */
  report: string;
  /** What the proposer's call used and cost (0 USD for an unpriced, local judge). */
  proposalCost: { tokens: number; usd: number };
  /** Each changed prompt with the hash of the text it was evaluated against. */
  files: Array<{ name: string; baseSha256: string }>;
  verdict: Verdict;
}

/** The hash `improve --apply` compares, so a proposal is never installed over prompts it was not tested on. */
export function hashPrompt(prompts: Prompts, name: string): string {
  return createHash("sha256").update(prompts.get(name)?.text ?? "").digest("hex");
}

/** Reads a staging directory's `proposal.json`, naming the directory when there is none. */
export async function readStagedProposal(dir: string): Promise<StagedProposal> {
  try {
    return JSON.parse(await Deno.readTextFile(`${dir}/proposal.json`)) as StagedProposal;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new TypeError(`Cannot apply: no proposal staged in "${dir}" (run ai-router improve first)`);
    }
    throw error;
  }
}

/** Removes the half-written staging directories of runs that were interrupted. */
async function removeLeftovers(dir: string): Promise<void> {
  const slash = dir.lastIndexOf("/");
  const parent = slash < 0 ? "." : dir.slice(0, slash) || "/";
  const prefix = `${dir.slice(slash + 1)}.partial-`;
  try {
    for await (const item of Deno.readDir(parent)) {
      if (item.isDirectory && item.name.startsWith(prefix)) {
        await Deno.remove(`${parent}/${item.name}`, { recursive: true });
      }
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
}

/**
 * Writes the proposal (new files under `proposed/`, `proposal.diff`, `verdict.md`, `proposal.json`) into a
 * fresh directory beside `dir` and renames it into place, so an interrupted run leaves the old staging
 * directory or none, never a half-written one.
 */
export async function stageProposal(
  dir: string,
  staged: StagedProposal,
  texts: { files: Record<string, string>; diff: string; verdictMarkdown: string },
): Promise<void> {
  await removeLeftovers(dir);
  const temp = `${dir}.partial-${crypto.randomUUID().slice(0, 8)}`;
  await Deno.mkdir(temp, { recursive: true });
  for (const [name, text] of Object.entries(texts.files)) {
    const path = `${temp}/proposed/${name}`;
    await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    await Deno.writeTextFile(path, text);
  }
  await Deno.writeTextFile(`${temp}/proposal.diff`, texts.diff);
  await Deno.writeTextFile(`${temp}/verdict.md`, texts.verdictMarkdown);
  await Deno.writeTextFile(`${temp}/proposal.json`, JSON.stringify(staged, null, 2) + "\n");
  await Deno.remove(dir, { recursive: true }).catch((error) => {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  });
  await Deno.rename(temp, dir);
}
