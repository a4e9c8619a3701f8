/**
 * The ledger of `scripts/cpu_ledger.ts`: one process's CPU over the load windows, split into rows that add up
 * to it exactly, and the table that prints several of them side by side.
 */
import {
  type CpuProfile,
  FALLBACK_STAGES,
  GC,
  IDLE,
  MAIN_THREAD_RULES,
  PROGRAM,
  type StageRule,
  toStageTimes,
  WORKER_RULES,
} from "./_cpu_ledger_stages.ts";
import { type CpuReading, toThreadGroup } from "./_cpu_ledger_threads.ts";

/** Rows in µs per request (they sum to `totalUs`), plus the main thread's idle wall time (not CPU). */
export interface Ledger {
  rows: Map<string, number>;
  totalUs: number;
  idleUs: number;
}

export const MAIN_UNSAMPLED = "main: thread CPU − sampled busy time";
export const WORKER_UNSAMPLED = "worker: thread CPU − sampled busy time";
export const REMAINDER = "threads ended in the windows + tick rounding";

/** Options for {@linkcode buildLedger}. */
export interface BuildLedgerOptions {
  main: CpuProfile;
  /** Worker profiles by the worker's thread name (`worker-1`). */
  workers: Map<string, CpuProfile>;
  /** The process's CPU summed over the windows (see `addCpuDelta`). */
  cpu: CpuReading;
  /** The main thread's id: the process id. */
  pid: number;
  windows: Array<[number, number]>;
  requests: number;
}

function addStages(
  rows: Map<string, number>,
  { stages, prefix }: { stages: Map<string, number>; prefix: string },
) {
  for (const [stage, us] of stages) {
    if (stage !== IDLE) rows.set(prefix + stage, (rows.get(prefix + stage) ?? 0) + us);
  }
}

/** Each main-thread and worker sample in one row; each other thread by its name; the rest: the remainder. */
export function buildLedger(options: BuildLedgerOptions): Ledger {
  const { main, workers, cpu, pid, windows, requests } = options;
  const rows = new Map<string, number>();
  const mainTimes = toStageTimes(main, { rules: MAIN_THREAD_RULES, windows });
  addStages(rows, { stages: mainTimes.byStage, prefix: "main: " });
  rows.set(MAIN_UNSAMPLED, (cpu.threads.get(pid)?.us ?? 0) - mainTimes.busyUs);
  let workerBusy = 0;
  for (const profile of workers.values()) {
    const times = toStageTimes(profile, { rules: WORKER_RULES, windows });
    addStages(rows, { stages: times.byStage, prefix: "worker: " });
    workerBusy += times.busyUs;
  }
  let workerCpu = 0;
  let threadsUs = 0;
  for (const [tid, { name, us }] of cpu.threads) {
    threadsUs += us;
    if (tid === pid) continue;
    if (workers.has(name)) workerCpu += us;
    else rows.set(toThreadGroup(name), (rows.get(toThreadGroup(name)) ?? 0) + us);
  }
  if (workers.size > 0) rows.set(WORKER_UNSAMPLED, workerCpu - workerBusy);
  rows.set(REMAINDER, cpu.processUs - threadsUs);
  for (const [row, us] of rows) rows.set(row, us / requests);
  return { rows, totalUs: cpu.processUs / requests, idleUs: (mainTimes.byStage.get(IDLE) ?? 0) / requests };
}

/** The order rows print in: a thread's stages as its rules list them, then the rows no rule names. */
function toRowOrder(): string[] {
  const thread = (rules: StageRule[], prefix: string) =>
    [
      ...new Set([...rules.map((r) => r.stage), GC, PROGRAM, ...FALLBACK_STAGES]),
    ].map((stage) => prefix + stage);
  return [
    ...thread(MAIN_THREAD_RULES, "main: "),
    MAIN_UNSAMPLED,
    ...thread(WORKER_RULES, "worker: "),
    WORKER_UNSAMPLED,
  ];
}

const cell = (values: number[]) => {
  if (values.length === 0) return "–";
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.length === 1 || min.toFixed(0) === max.toFixed(0)
    ? min.toFixed(0)
    : `${min.toFixed(0)}–${max.toFixed(0)}`;
};
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);

/**
 * One table: a row per stage, a column per target (several runs: min–max), and the first target's mean minus
 * the last's (the router over the bare proxy). Stage rows that are zero in every run of every target are left
 * out; the reconciling rows always print.
 */
export function formatLedgers(columns: Array<{ name: string; runs: Ledger[] }>): string {
  const known = toRowOrder();
  const seen = new Set(columns.flatMap((c) => c.runs.flatMap((l) => [...l.rows.keys()])));
  const others = [...seen].filter((r) => !known.includes(r) && r !== REMAINDER).sort();
  const order = [...known.filter((r) => seen.has(r)), ...others, REMAINDER];
  const width = Math.max(...order.map((r) => r.length), 20);
  const first = columns[0]!;
  const last = columns[columns.length - 1]!;
  const head = [...columns.map((c) => c.name.padStart(11)), `${first.name}−${last.name}`.padStart(14)];
  const line = (label: string, get: (l: Ledger) => number) => {
    const cells = columns.map((c) => cell(c.runs.map(get)).padStart(11));
    const diff = mean(first.runs.map(get)) - mean(last.runs.map(get));
    return `${label.padEnd(width)} ${cells.join(" ")} ${diff.toFixed(0).padStart(14)}`;
  };
  const out = [`${"µs CPU per request".padEnd(width)} ${head.join(" ")}`];
  for (const row of order) {
    const values = columns.flatMap((c) => c.runs.map((l) => l.rows.get(row) ?? 0));
    const reconciling = row === MAIN_UNSAMPLED || row === WORKER_UNSAMPLED || row === REMAINDER;
    if (!reconciling && values.every((v) => Math.abs(v) < 0.5)) continue;
    out.push(line(row, (l) => l.rows.get(row) ?? 0));
  }
  out.push(line("= process CPU (/proc), the sum of the rows", (l) => l.totalUs));
  out.push(line("(main thread idle: wall time, not CPU)", (l) => l.idleUs));
  return out.join("\n");
}
