import type { SessionLogEntry } from "../logs/session_log_entry.ts";

/** What {@linkcode readSessionLogs} found in a directory. */
export interface SessionLogRead {
  entries: SessionLogEntry[];
  /** Files of the period that could not be read or parsed, or were not session log entries. */
  unreadable: number;
}

/** The writer names files `20261123T181530123Z_<id>.json` (session_log_writer.ts), so the name dates the file. */
const FILE_STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z_.*\.json$/;

function toFileTime(name: string): number | undefined {
  const match = FILE_STAMP.exec(name);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, ms] = match;
  return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

/** True when a parsed value has the fields the review reads; older or foreign files are counted, not trusted. */
export function isSessionLogEntry(value: unknown): value is SessionLogEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.id === "string" && typeof entry.timestamp === "string" &&
    typeof entry.route === "string" && typeof entry.user_query === "string" &&
    typeof entry.total_ms === "number" && Array.isArray(entry.steps);
}

/**
 * Reads the session log files written at or after `since` (epoch ms), oldest first. Files that cannot be
 * read or parsed (a partial copy, a foreign file) are counted rather than failing the review.
 */
export async function readSessionLogs(dir: string, since: number): Promise<SessionLogRead> {
  const names: string[] = [];
  for await (const file of Deno.readDir(dir)) {
    if (!file.isFile) continue;
    const time = toFileTime(file.name);
    if (time !== undefined && time >= since) names.push(file.name);
  }
  names.sort();
  const entries: SessionLogEntry[] = [];
  let unreadable = 0;
  for (const name of names) {
    try {
      const value: unknown = JSON.parse(await Deno.readTextFile(`${dir}/${name}`));
      if (isSessionLogEntry(value)) entries.push(value);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { entries, unreadable };
}
