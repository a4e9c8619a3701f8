import type { Stats } from "../stats/build_stats.ts";
import { escapeHtml as e } from "./escape_html.ts";
import { formatMs, formatSeconds } from "./plain_words.ts";
import { renderLatencyChart, renderLatencyLegend } from "./render_latency_chart.ts";
import { renderRequestsChart, renderRequestsLegend } from "./render_requests_chart.ts";
import { describeTraffic } from "./render_overview.ts";

function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const th = head.map((h, i) => `<th${i > 0 ? ' class="num"' : ""}>${e(h)}</th>`).join("");
  const body = rows.map((row) =>
    `<tr>${row.map((v, i) => `<td${i > 0 ? ' class="num"' : ""}>${e(v)}</td>`).join("")}</tr>`
  ).join("");
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Where answers came from: the last hour and day in words, and requests per hour as a chart. */
export function renderTraffic(stats: Stats): string {
  return `<section id="traffic"><h2>Where answers came from</h2><p>${
    e(describeTraffic(stats.lastHour, "last hour"))
  }</p>` +
    `<p>${e(describeTraffic(stats.lastDay, "last day"))}</p><h3>Requests per hour</h3>` +
    renderRequestsChart(stats.hourly.requests) + renderRequestsLegend() + "</section>";
}

/** Latency per model over the day as a chart, then the last day's figures per model as a table. */
export function renderLatency(stats: Stats): string {
  const backends = Object.keys(stats.hourly.latency);
  const rows = Object.entries(stats.lastDay.backends).map(([name, b]) => [
    name,
    b.requests,
    formatMs(b.p50Ms),
    formatMs(b.p95Ms),
    b.ttftP50Ms === null ? "–" : formatMs(b.ttftP50Ms),
  ]);
  const chart = backends.length === 0
    ? '<p class="muted">No answers in the last day.</p>'
    : renderLatencyChart(stats.hourly.latency) + renderLatencyLegend(backends);
  return `<section id="latency"><h2>How fast</h2><div class="cols"><div>${chart}</div><div>` +
    `<h3>Last day per model</h3>${
      table(["model", "answers", "typical", "slow (p95)", "first word"], rows)
    }</div></div></section>`;
}

/** Route mix, containers and the last requests: the details below the overview. */
export function renderDetails(stats: Stats): string {
  const routes = new Set([...Object.keys(stats.lastHour.routes), ...Object.keys(stats.lastDay.routes)]);
  const mix = table(
    ["route", "last hour", "last day"],
    [...routes].map((r) => [r, stats.lastHour.routes[r] ?? 0, stats.lastDay.routes[r] ?? 0]),
  );
  const { supervision } = stats;
  const boxes = Object.entries(supervision.engines ?? {});
  // With more than one box, each container says which box runs it, and each box whether it answers.
  const several = boxes.length > 1;
  const boxList = several
    ? `<ul class="boxes">${
      boxes.map(([name, box]) =>
        `<li${box.reachable ? "" : ' class="down-text"'}>${e(name)}: ${
          box.reachable ? "reachable" : `unreachable (${e(box.problem ?? "no answer")})`
        }</li>`
      ).join("")
    }</ul>`
    : "";
  const containers = supervision.enabled
    ? boxList + table(
      ["container", ...several ? ["box"] : [], "state", "restarts", "GiB"],
      Object.entries(supervision.containers).map(([name, c]) => [
        name,
        ...several ? [c.engine ?? "–"] : [],
        c.wanted === false ? "resting" : c.state ?? "–",
        c.restarts,
        c.memoryGib ?? "–",
      ]),
    )
    : supervision.configured
    ? `<p class="down-text">The router cannot manage the containers: ${
      e(supervision.reason ?? "unknown")
    }.</p>`
    : '<p class="muted">The router does not manage containers here: the model servers run on their own.</p>';
  const sessions = stats.recent.slice(0, 10).map((r) =>
    `<li>${new Date(r.timestamp).toTimeString().slice(0, 8)} · ${e(r.user)} · ${e(r.route)} → ${
      e(r.backend)
    } · ${
      r.status === 499
        ? `cancelled after ${formatSeconds(r.totalMs)}`
        : `${r.status} · ${formatMs(r.totalMs)}`
    } · ${r.tokens === null ? "tokens not reported" : `${r.tokens} tokens`}</li>`
  ).join("");
  return `<div class="cols"><section id="routes"><h2>Route mix</h2>${mix}</section>` +
    `<section id="containers"><h2>Containers</h2>${containers}</section></div>` +
    `<section id="recent"><h2>Recent requests</h2><ul class="sessions">${
      sessions || '<li class="muted">None yet</li>'
    }</ul></section>`;
}
