import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import { readSessionLogTime } from "../logs/session_log_file_name.ts";

/** What {@linkcode readSessionLogs} found in a directory. */
export interface SessionLogRead {
  entries: SessionLogEntry[];
  /** Files of the period that could not be read or parsed, or were not session log entries. */
  unreadable: number;
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
    if (!file.isFile || !file.name.endsWith(".json")) continue;
    if (readSessionLogTime(file.name) >= since) names.push(file.name); // NaN for foreign names: skipped
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
