import type { DoctorCheck } from "./doctor_check.ts";

const LABELS: Record<DoctorCheck["status"], string> = { ok: "ok  ", fail: "FAIL", skip: "skip" };

/**
 * One line per check, `ok`, `FAIL` or `skip`, and under each failure the line to act on. Failures of one
 * server with the same finding (it is down: every probe of it failed alike) share one line naming them all.
 */
export function formatDoctorReport(checks: readonly DoctorCheck[]): string {
  const groups = new Map<string, { check: DoctorCheck; names: string[] }>();
  for (const [index, check] of checks.entries()) {
    const key = check.status === "fail"
      ? JSON.stringify([check.family, check.target, check.detail, check.advice])
      : String(index);
    const group = groups.get(key);
    if (group) group.names.push(check.name);
    else groups.set(key, { check, names: [check.name] });
  }
  const lines = [...groups.values()].flatMap(({ check, names }) => {
    const line = `${LABELS[check.status]} ${check.family} ${check.target}: ${
      names.join(", ")
    }: ${check.detail}`;
    return check.status === "fail" && check.advice ? [line, `     fix: ${check.advice}`] : [line];
  });
  const failed = checks.filter((c) => c.status === "fail").length;
  const passed = checks.filter((c) => c.status === "ok").length;
  lines.push(
    "",
    failed === 0 ? `All ${passed} checks passed` : `${failed} of ${passed + failed} checks failed`,
  );
  return lines.join("\n");
}

/** The `--json` form: every check with its fields, and whether all passed. */
export function toDoctorJson(checks: readonly DoctorCheck[]): string {
  return JSON.stringify({ ok: checks.every((c) => c.status !== "fail"), checks }, null, 2);
}
