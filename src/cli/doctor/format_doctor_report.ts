import type { DoctorCheck } from "./doctor_check.ts";

const LABELS: Record<DoctorCheck["status"], string> = { ok: "ok  ", fail: "FAIL", skip: "skip" };

/** One line per check, `ok`, `FAIL` or `skip`, and under each failure the line to act on. */
export function formatDoctorReport(checks: readonly DoctorCheck[]): string {
  const lines = checks.flatMap((check) => {
    const line = `${LABELS[check.status]} ${check.family} ${check.target}: ${check.name}: ${check.detail}`;
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
