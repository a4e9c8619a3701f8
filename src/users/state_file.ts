import { dirname } from "node:path";
import type { CreditState } from "./prepaid_credit.ts";
import type { UsageSnapshot } from "./usage_ledger.ts";

/** Everything the state file keeps across restarts. */
export interface StateSnapshot extends UsageSnapshot {
  /** 1: the day's counters only (read, never written); 2: adds the month, prepaid credit, pseudonym key. */
  version: 1 | 2;
  credit?: CreditState;
  /** Hex key of the forwarded users' pseudonyms, so one Open WebUI account keeps its name across restarts. */
  pseudonymKey?: string;
}

/** What reading the state file found. */
export type StateFileRead =
  | { kind: "ok"; snapshot: StateSnapshot }
  | { kind: "missing" }
  /** Unreadable or malformed: the caller reports it and the next save replaces it. */
  | { kind: "corrupt"; reason: string };

function isUsageRecord(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).every((m) =>
    typeof m === "object" && m !== null && Number.isFinite(m.tokens) && Number.isFinite(m.cloudUsd)
  );
}

function isSnapshot(value: unknown): value is StateSnapshot {
  const v = value as StateSnapshot | null;
  if (typeof v !== "object" || v === null || (v.version !== 1 && v.version !== 2)) return false;
  if (typeof v.day !== "string" || !isUsageRecord(v.members)) return false;
  if (v.monthMembers !== undefined && !isUsageRecord(v.monthMembers)) return false;
  const credit = v.credit;
  return credit === undefined ||
    (Array.isArray(credit.topUps) && credit.topUps.every((t) => Number.isFinite(t?.amountUsd)) &&
      Number.isFinite(credit.spentUsd?.pool));
}

/** Reads the usage state file; never throws for a bad file, only says what it found. */
export async function readStateFile(path: string): Promise<StateFileRead> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return { kind: "missing" };
    return { kind: "corrupt", reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    const value: unknown = JSON.parse(text);
    return isSnapshot(value)
      ? { kind: "ok", snapshot: value }
      : { kind: "corrupt", reason: "unexpected shape" };
  } catch (error) {
    return { kind: "corrupt", reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Writes the state atomically: a temp file in the same directory, then rename over the old one. */
export async function writeStateFile(path: string, snapshot: StateSnapshot): Promise<void> {
  await Deno.mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${Deno.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`;
  // Synced before the rename: after a power cut the file is the old day's counters or the new ones, never
  // an empty file that would hand every member a fresh budget.
  using file = await Deno.open(temp, { write: true, create: true, truncate: true, mode: 0o600 });
  let data = new TextEncoder().encode(JSON.stringify(snapshot) + "\n");
  while (data.length > 0) data = data.subarray(await file.write(data)); // write() may take only a part
  await file.syncData();
  await Deno.rename(temp, path);
}
