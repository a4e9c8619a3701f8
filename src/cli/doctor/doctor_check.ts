/** One line of `ai-router doctor`: a check, its outcome and, on failure, what to change. */
export interface DoctorCheck {
  /** The check family: `vllm`, `cloud`, `speech`, `containers`, `listeners`. */
  family: string;
  /** What was probed: a backend or container name, or `engine`. */
  target: string;
  /** What was checked, e.g. `served model`. */
  name: string;
  status: "ok" | "fail" | "skip";
  /** What was found (version, model list, error). */
  detail: string;
  /** On failure: the config key, flag or command to change. */
  advice?: string;
}

/** A check's outcome before the family and target are attached. */
export type CheckOutcome = Pick<DoctorCheck, "status" | "detail" | "advice">;

export const ok = (detail: string): CheckOutcome => ({ status: "ok", detail });
export const fail = (detail: string, advice: string): CheckOutcome => ({ status: "fail", detail, advice });
export const skip = (detail: string): CheckOutcome => ({ status: "skip", detail });

/** A failed probe whose message already says what went wrong and what to change. */
export class ProbeFailure extends Error {
  readonly advice: string;
  constructor(message: string, advice: string) {
    super(message);
    this.name = "ProbeFailure";
    this.advice = advice;
  }
}

/** What every family receives: a deadline for the whole run and the per-probe timeout. */
export interface ProbeContext {
  /** Aborts when the whole run's deadline passes. */
  signal: AbortSignal;
  /** Longest wait for one probe. */
  probeTimeoutMs: number;
}

/** A signal for one probe: its own timeout and the run's deadline. */
export function toProbeSignal(context: ProbeContext, timeoutMs = context.probeTimeoutMs): AbortSignal {
  return AbortSignal.any([context.signal, AbortSignal.timeout(timeoutMs)]);
}

/**
 * Runs one check; a thrown `ProbeFailure` carries its own advice, a timeout or other error gets
 * `onError`'s advice, so no check can crash the run.
 */
export async function runCheck(
  head: Pick<DoctorCheck, "family" | "target" | "name">,
  { probe, onError }: { probe: () => Promise<CheckOutcome>; onError: string },
): Promise<DoctorCheck> {
  try {
    return { ...head, ...await probe() };
  } catch (error) {
    if (error instanceof ProbeFailure) {
      return { ...head, status: "fail", detail: error.message, advice: error.advice };
    }
    const timedOut = error instanceof DOMException &&
      (error.name === "TimeoutError" || error.name === "AbortError");
    const detail = timedOut ? "no answer before the timeout" : describeError(error);
    return { ...head, status: "fail", detail, advice: onError };
  }
}

/**
 * An error's message with its cause (fetch puts the connection error there). A failed connection reads
 * `cannot connect to <origin>: <reason>`, the same for every probe of one server, so the report can say
 * it once per server instead of once per path.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : "";
  const connect = cause.match(/^error sending request for url \((\w+:\/\/[^/)]+)[^)]*\): (.*)$/);
  if (connect) {
    const reason = connect[2]!.replace(/^client error \(Connect\): /, "");
    return `cannot connect to ${connect[1]}: ${reason}`.slice(0, 300);
  }
  return `${error.message}${cause ? `: ${cause}` : ""}`.slice(0, 300);
}
