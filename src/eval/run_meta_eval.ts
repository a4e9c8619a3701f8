/**
 * `ai-router eval --meta`: runs a META corpus (tests/fixtures/meta_corpus.jsonl) through the rule stage's
 * META detection, in-sample and leave-one-client-out (the held-out client's known phrases switched off,
 * and LangChain's shared phrase with them), and counts what was found per client, per task and on the
 * hard negatives.
 */
import { explainMeta, type MetaInput } from "../routing/detect_meta.ts";
import type { RoutingMessage } from "../routing/render_prompt.ts";

/** One corpus line: a client's housekeeping request (`meta`) or a real user turn (`negative`). */
export interface MetaCase {
  id: string;
  kind: "meta" | "negative";
  client: string;
  task: string;
  messages: RoutingMessage[];
  model: string | undefined;
  request: NonNullable<MetaInput["request"]>;
}

/** Detected / total for one group of cases. */
export interface MetaTally {
  total: number;
  detected: number;
  /** Detected with the client's own phrases switched off (META cases only). */
  heldOut: number;
}

/** What `eval --meta` measured. */
export interface MetaEvalReport {
  byClient: Record<string, MetaTally>;
  byTask: Record<string, MetaTally>;
  /** Hard negatives by category: `detected` is false META. */
  negatives: Record<string, MetaTally>;
  /** Markers and feature signals that decided, with counts (explainability). */
  markers: Record<string, number>;
  /** Most false META seen in any leave-one-client-out fold. */
  heldOutFalseMeta: number;
}

/** Parses the corpus; a bad line throws naming its line number. */
export function parseMetaCorpus(text: string, source: string): MetaCase[] {
  const cases: MetaCase[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("//")) return;
    const where = `Cannot read META corpus "${source}" line ${index + 1}`;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SyntaxError(`${where}: not JSON`);
    }
    const request = value.request as Record<string, unknown> | undefined;
    if (value.kind !== "meta" && value.kind !== "negative") {
      throw new SyntaxError(`${where}: "kind" must be "meta" or "negative"`);
    }
    if (!request || !Array.isArray(request.messages)) {
      throw new SyntaxError(`${where}: needs "request.messages"`);
    }
    cases.push({
      id: String(value.id ?? `line-${index + 1}`),
      kind: value.kind,
      client: String(value.client ?? "unknown"),
      task: String(value.task ?? "unknown"),
      messages: request.messages as RoutingMessage[],
      model: typeof request.model === "string" ? request.model : undefined,
      request: {
        stream: request.stream as boolean | undefined,
        maxTokens: (request.max_tokens ?? request.max_completion_tokens) as number | undefined,
        responseFormat: request.response_format,
      },
    });
  });
  return cases;
}

/** Options of {@linkcode runMetaEval}: the configured task models. */
export interface RunMetaEvalOptions {
  taskModels?: readonly string[];
}

const tally = (): MetaTally => ({ total: 0, detected: 0, heldOut: 0 });

/** Evaluates every case in-sample and with each client held out. */
export function runMetaEval(cases: readonly MetaCase[], options: RunMetaEvalOptions = {}): MetaEvalReport {
  const report: MetaEvalReport = {
    byClient: {},
    byTask: {},
    negatives: {},
    markers: {},
    heldOutFalseMeta: 0,
  };
  const toInput = (item: MetaCase): MetaInput => ({
    messages: item.messages,
    model: item.model,
    taskHeader: undefined,
    taskModels: options.taskModels ?? [],
    request: item.request,
  });
  const clients = [...new Set(cases.filter((item) => item.kind === "meta").map((item) => item.client))];
  for (const item of cases) {
    const verdict = explainMeta(toInput(item));
    if (verdict) {
      const key = verdict.marker === "features" ? "features" : verdict.marker;
      report.markers[key] = (report.markers[key] ?? 0) + 1;
    }
    if (item.kind === "negative") {
      const row = report.negatives[item.task] ??= tally();
      row.total++;
      if (verdict) row.detected++;
      continue;
    }
    const heldOut = explainMeta(toInput(item), { excludeClients: [item.client, "LangChain"] }) !== undefined;
    for (const row of [report.byClient[item.client] ??= tally(), report.byTask[item.task] ??= tally()]) {
      row.total++;
      if (verdict) row.detected++;
      if (heldOut) row.heldOut++;
    }
  }
  const negatives = cases.filter((item) => item.kind === "negative");
  for (const client of clients) {
    const exclude = [client, "LangChain"];
    const falseMeta = negatives.filter((item) =>
      explainMeta(toInput(item), { excludeClients: exclude })
    ).length;
    report.heldOutFalseMeta = Math.max(report.heldOutFalseMeta, falseMeta);
  }
  return report;
}

/** Sums of a table's rows. */
export function sumTallies(rows: Record<string, MetaTally>): MetaTally {
  return Object.values(rows).reduce(
    (sum, row) => ({
      total: sum.total + row.total,
      detected: sum.detected + row.detected,
      heldOut: sum.heldOut + row.heldOut,
    }),
    tally(),
  );
}
