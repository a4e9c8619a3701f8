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
 * The writer creates each file under its final name and fills it in one op, so a file named in the last
 * minute that is not complete JSON yet is still being written: skipped, not counted as broken.
 */
const WRITING_MS = 60_000;

/**
 * Reads the session log files written at or after `since` (epoch ms), oldest first. Files that cannot be
 * read or parsed (a partial copy, a foreign file) are counted rather than failing the review, except
 * those still being written (see `WRITING_MS`).
 */
export async function readSessionLogs(
  dir: string,
  since: number,
  options: { now?: number } = {},
): Promise<SessionLogRead> {
  const writingSince = (options.now ?? Date.now()) - WRITING_MS;
  const names: string[] = [];
  for await (const file of Deno.readDir(dir)) {
    if (!file.isFile || !file.name.endsWith(".json")) continue;
    if (readSessionLogTime(file.name) >= since) names.push(file.name); // NaN for foreign names: skipped
  }
  names.sort();
  const entries: SessionLogEntry[] = [];
  let unreadable = 0;
  for (const name of names) {
    let text: string;
    try {
      text = await Deno.readTextFile(`${dir}/${name}`);
    } catch {
      unreadable++;
      continue;
    }
    const value = parseJson(text);
    if (isSessionLogEntry(value)) entries.push(value);
    else if (value !== undefined || readSessionLogTime(name) < writingSince) unreadable++;
  }
  return { entries, unreadable };
}

/** The parsed value, or undefined for text that is not (yet) complete JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
