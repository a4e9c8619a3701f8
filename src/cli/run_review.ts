import { parseFlags } from "./parse_flags.ts";
import { buildRouterState } from "../build_router_state.ts";
import { loadConfig } from "../config/load_config.ts";
import type { SecretLookup } from "../config/load_secrets.ts";
import { analyzeSessions } from "../review/analyze_sessions.ts";
import { parseSince } from "../review/parse_since.ts";
import { readSessionLogs } from "../review/read_session_logs.ts";
import { type JudgedReview, runJudge } from "../review/run_judge.ts";
import { saveReport, writeReportFiles } from "../review/write_report_files.ts";
import { formatJudgement, formatJudgeNote } from "./format_judgement.ts";
import { formatReview } from "./format_review.ts";

/** What `main.ts` hands to {@linkcode runReview}: it stays the only reader of arguments and the environment. */
export interface RunReviewOptions {
  env: Readonly<Record<string, string>>;
  print: (text: string) => void;
  /** Used when neither `--config` nor `AI_ROUTER_CONFIG` names a config and the file exists. */
  defaultConfigPath: string;
  /** Keys of the judge backend (a cloud judge needs one). */
  getSecret?: SecretLookup;
  now?: number;
}

/** Help for `ai-router review --help`. */
export const REVIEW_HELP =
  `Usage: ai-router review [--config PATH] [--logs DIR] [--since 24h|7d|ISO date] [--out PREFIX | --save]
                        [--judge BACKEND [--max-sessions N] [--max-usd X]]

Reads the session logs of a period and reports route mix, suspected misroutes, failed enrichments,
latency, errors, META requests that reached the classifier, low-confidence decisions and spend per user.
  --logs DIR          session log directory (default: config sessionLogs.dir)
  --since VALUE       start of the period: a duration back from now (30m, 24h, 7d, 2w) or an ISO date (default: 24h)
  --out PREFIX        write PREFIX.md and PREFIX.json instead of printing the markdown
  --save              write review-<time>.md/.json and latest.md/.json into review.reportsDir
  --judge BACKEND     have a judge model grade a sample (suspects first): route, answer, enrichment
                      (default: review.judgeBackend; without either the report is rule-based only)
  --max-sessions N    grade at most N sessions (default: review.maxSessions)
  --max-usd X         stop before the judge could spend more than X USD (default: review.maxUsd)`;

/** The config a CLI command reads: `--config`, `AI_ROUTER_CONFIG`, or the default path when it exists. */
export async function resolveConfigPath(
  explicit: string | undefined,
  options: Pick<RunReviewOptions, "env" | "defaultConfigPath">,
) {
  const named = explicit ?? options.env.AI_ROUTER_CONFIG;
  if (named) return named;
  const exists = await Deno.stat(options.defaultConfigPath).then(() => true, () => false);
  return exists ? options.defaultConfigPath : undefined;
}

/** The `review` command (without the judge model; docs/routing.md): returns the exit code. */
export async function runReview(args: string[], options: RunReviewOptions): Promise<number> {
  const { values } = parseFlags("review", {
    args,
    options: {
      config: { type: "string" },
      logs: { type: "string" },
      since: { type: "string", default: "24h" },
      out: { type: "string" },
      save: { type: "boolean" },
      judge: { type: "string" },
      "max-sessions": { type: "string" },
      "max-usd": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    options.print(REVIEW_HELP);
    return 0;
  }
  const now = options.now ?? Date.now();
  const since = parseSince(values.since, now);
  const { config, source: configSource } = await loadConfig(await resolveConfigPath(values.config, options));
  const dir = values.logs ?? config.sessionLogs.dir;
  const read = await readSessionLogs(dir, since).catch((error: unknown) => {
    if (error instanceof Deno.errors.NotFound) {
      const origin = values.logs === undefined ? ` (sessionLogs.dir of "${configSource}")` : "";
      throw new TypeError(
        `Cannot review: session log directory "${dir}"${origin} does not exist: pass --logs DIR ` +
          `with the directory the router writes (ai-router demo writes .tmp/demo-sessions), ` +
          `or --config with the router's config`,
      );
    }
    throw error;
  });
  const report = analyzeSessions(read.entries, {
    minConfidence: config.routing.classifier.minConfidence,
    prices: config.prices,
  });
  const source = {
    dir,
    since: new Date(since).toISOString(),
    until: new Date(now).toISOString(),
    unreadable: read.unreadable,
  };
  let judged: JudgedReview | undefined;
  if (values.judge !== undefined || config.review.judgeBackend !== undefined) {
    const state = await buildRouterState(config, {
      configSource: configSource,
      getSecret: options.getSecret ?? (() => undefined),
    });
    judged = await runJudge(state, { entries: read.entries, report }, {
      judge: values.judge,
      maxSessions: parseLimit("--max-sessions", values["max-sessions"]) ?? config.review.maxSessions,
      maxUsd: parseLimit("--max-usd", values["max-usd"]) ?? config.review.maxUsd,
    });
  }
  const markdown = formatReview(report, judged ? { ...source, judgeNote: formatJudgeNote(judged) } : source) +
    (judged ? formatJudgement(judged) : "");
  const json = { ...source, judge: judged ? formatJudgeNote(judged) : "not run", ...report, judged };
  if (values.save) {
    const prefix = await saveReport(config.review.reportsDir, now, { markdown, json });
    options.print(`Wrote ${prefix}.md and ${prefix}.json (${report.requests} requests)`);
    return 0;
  }
  if (values.out === undefined) {
    options.print(markdown);
    return 0;
  }
  await writeReportFiles(values.out, { markdown, json });
  options.print(`Wrote ${values.out}.md and ${values.out}.json (${report.requests} requests)`);
  return 0;
}

function parseLimit(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < 0) {
    throw new TypeError(`Invalid ${flag} "${value}": use a number of 0 or more`);
  }
  return number;
}
