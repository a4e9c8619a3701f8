import type { JudgedMisroute } from "../review/run_judge.ts";

/** Reads the judged misroutes of a review JSON; throws naming the file when it holds no judged review. */
export async function readJudgedMisroutes(path: string): Promise<JudgedMisroute[]> {
  let report: { judged?: { misroutes?: unknown } };
  try {
    report = JSON.parse(await Deno.readTextFile(path));
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new TypeError(
        `Cannot improve: no review report "${path}" (run ai-router review --judge BACKEND --save)`,
      );
    }
    throw new TypeError(`Cannot improve: review report "${path}" is not JSON`);
  }
  if (!Array.isArray(report.judged?.misroutes)) {
    throw new TypeError(`Cannot improve: review report "${path}" was written without a judge (use --judge)`);
  }
  return report.judged.misroutes as JudgedMisroute[];
}
