import { parseArgs } from "node:util";
import { loadConfig } from "../config/load_config.ts";
import { analyzeSessions } from "../review/analyze_sessions.ts";
import { formatReview } from "./format_review.ts";
import { parseSince } from "../review/parse_since.ts";
import { readSessionLogs } from "../review/read_session_logs.ts";

/** What `main.ts` hands to {@linkcode runReview}: it stays the only reader of arguments and the environment. */
export interface RunReviewOptions {
  env: Readonly<Record<string, string>>;
  print: (text: string) => void;
  /** Used when neither `--config` nor `AI_ROUTER_CONFIG` names a config and the file exists. */
  defaultConfigPath: string;
  now?: number;
}

/** Help for `ai-router review --help`. */
export const REVIEW_HELP =
  `Usage: ai-router review [--config PATH] [--logs DIR] [--since 24h|7d|ISO date] [--out PREFIX]

Reads the session logs of a period and reports route mix, suspected misroutes, failed enrichments,
latency, errors, META requests that reached the classifier, low-confidence decisions and spend per user.
  --logs DIR      session log directory (default: config sessionLogs.dir)
  --since VALUE   start of the period: a duration back from now (30m, 24h, 7d, 2w) or an ISO date (default: 24h)
  --out PREFIX    write PREFIX.md and PREFIX.json instead of printing the markdown`;

async function resolveConfigPath(explicit: string | undefined, options: RunReviewOptions) {
  const named = explicit ?? options.env.AI_ROUTER_CONFIG;
  if (named) return named;
  const exists = await Deno.stat(options.defaultConfigPath).then(() => true, () => false);
  return exists ? options.defaultConfigPath : undefined;
}

/** The `review` command (PRODUCT.md §9, without the judge model): returns the exit code. */
export async function runReview(args: string[], options: RunReviewOptions): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: "string" },
      logs: { type: "string" },
      since: { type: "string", default: "24h" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    options.print(REVIEW_HELP);
    return 0;
  }
  const now = options.now ?? Date.now();
  const since = parseSince(values.since, now);
  const { config } = await loadConfig(await resolveConfigPath(values.config, options));
  const dir = values.logs ?? config.sessionLogs.dir;
  const read = await readSessionLogs(dir, since).catch((error: unknown) => {
    if (error instanceof Deno.errors.NotFound) {
      throw new TypeError(`Cannot review: session log directory "${dir}" does not exist`);
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
  const markdown = formatReview(report, source);
  if (values.out === undefined) {
    options.print(markdown);
    return 0;
  }
  const json = { ...source, judge: "not run (not built yet)", ...report };
  await Deno.writeTextFile(`${values.out}.md`, markdown);
  await Deno.writeTextFile(`${values.out}.json`, JSON.stringify(json, null, 2) + "\n");
  options.print(`Wrote ${values.out}.md and ${values.out}.json (${report.requests} requests)`);
  return 0;
}
