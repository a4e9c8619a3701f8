import { parseArgs } from "node:util";
import { loadConfig } from "../config/load_config.ts";
import type { TopUp } from "../users/prepaid_credit.ts";
import { readStateFile, type StateSnapshot, writeStateFile } from "../users/state_file.ts";

/** What {@linkcode runBudget} needs from `main.ts`. */
export interface BudgetOptions {
  print: (text: string) => void;
  /** The config read when `--config` is not given (for `users.stateFile` and the member names). */
  defaultConfigPath: string;
  /** `$STATE_DIRECTORY` under systemd: the state file is `state.json` there unless the config names one. */
  stateDirectory?: string | undefined;
  /** The time recorded with the top-up. */
  now?: () => number;
}

const USAGE = "Usage: ai-router budget top-up AMOUNT_USD [--member NAME] [--config FILE] [--state-file FILE]";

/**
 * Adds one prepaid top-up to the state file: the family pool's, or with `member` that member's own. A
 * running router picks it up at its next save tick (`users.stateSaveIntervalMs`) and keeps it: it merges
 * the file's top-ups before every write.
 */
export async function topUpBudget(
  stateFile: string,
  topUp: { amountUsd: number; member?: string | undefined; at: Date },
): Promise<TopUp> {
  const read = await readStateFile(stateFile);
  if (read.kind === "corrupt") {
    throw new TypeError(`Cannot top up: the state file "${stateFile}" is unreadable: ${read.reason}`);
  }
  const saved: StateSnapshot = read.kind === "ok" ? read.snapshot : { version: 2, day: "", members: {} };
  const entry: TopUp = {
    id: crypto.randomUUID(),
    at: topUp.at.toISOString(),
    amountUsd: topUp.amountUsd,
    ...(topUp.member !== undefined ? { member: topUp.member } : {}),
  };
  const credit = saved.credit ?? { topUps: [], spentUsd: { pool: 0, members: {} } };
  await writeStateFile(stateFile, {
    ...saved,
    version: 2,
    credit: { ...credit, topUps: [...credit.topUps, entry] },
  });
  return entry;
}

/** `ai-router budget top-up 5.00 [--member ann]`: prepaid cloud money for the pool or one member. */
export async function runBudget(args: string[], options: BudgetOptions): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { member: { type: "string" }, config: { type: "string" }, "state-file": { type: "string" } },
  });
  if (positionals[0] !== "top-up" || positionals.length !== 2) throw new TypeError(USAGE);
  const amountUsd = Number(positionals[1]);
  if (!Number.isFinite(amountUsd) || amountUsd <= 0 || !/^\d+(\.\d+)?$/.test(positionals[1] ?? "")) {
    throw new TypeError(`Invalid amount "${positionals[1]}": give US dollars, e.g. 5.00`);
  }
  const { config } = await loadConfig(values.config ?? options.defaultConfigPath);
  const member = values.member;
  if (member !== undefined && !(member in config.users.members)) {
    throw new TypeError(`Cannot top up: no member "${member}" in users.members`);
  }
  if (member === undefined && !config.users.pool) {
    throw new TypeError("Cannot top up the pool: users.pool is not configured (or give --member NAME)");
  }
  const stateFile = values["state-file"] ?? config.users.stateFile ??
    (options.stateDirectory ? `${options.stateDirectory}/state.json` : undefined);
  if (stateFile === undefined) {
    throw new TypeError(
      "Cannot top up: no state file (set users.stateFile, or run under systemd with STATE_DIRECTORY)",
    );
  }
  const at = new Date(options.now?.() ?? Date.now());
  await topUpBudget(stateFile, { amountUsd, member, at });
  options.print(
    `Added $${amountUsd.toFixed(2)} of prepaid cloud money to ${
      member === undefined ? "the family pool" : member
    } (${stateFile}). The router picks it up within users.stateSaveIntervalMs.`,
  );
  return 0;
}
