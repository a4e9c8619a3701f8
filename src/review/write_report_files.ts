/** Writes a file whole or not at all: a crash leaves the old file or none, never half a report. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.${crypto.randomUUID().slice(0, 8)}.tmp`;
  await Deno.writeTextFile(temp, text);
  await Deno.rename(temp, path);
}

/** Writes `PREFIX.md` and `PREFIX.json`. */
export async function writeReportFiles(
  prefix: string,
  { markdown, json }: { markdown: string; json: unknown },
): Promise<void> {
  await writeFileAtomically(`${prefix}.md`, markdown);
  await writeFileAtomically(`${prefix}.json`, JSON.stringify(json, null, 2) + "\n");
}

/**
 * Saves a report into `dir` as `review-<time>.{md,json}` and as `latest.{md,json}` (what the status page
 * links to and `improve` reads); returns the time-stamped prefix.
 */
export async function saveReport(dir: string, now: number, report: { markdown: string; json: unknown }) {
  await Deno.mkdir(dir, { recursive: true });
  const prefix = `${dir}/review-${new Date(now).toISOString().replace(/[-:.]/g, "")}`;
  await writeReportFiles(prefix, { markdown: report.markdown, json: report.json });
  await writeReportFiles(`${dir}/latest`, { markdown: report.markdown, json: report.json });
  return prefix;
}
