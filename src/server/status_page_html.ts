/**
 * The status page: plain HTML and a little JS that polls `/stats` every 5 s. Values are written with
 * `textContent`, never as HTML, because member names and error messages come from requests.
 */
export const STATUS_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ai-router status</title>
<link rel="icon" href="data:,">
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #222; max-width: 70rem; }
  h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin-top: 1.5rem; }
  table { border-collapse: collapse; margin: .3rem 0; }
  th, td { text-align: left; padding: .2rem .8rem .2rem 0; border-bottom: 1px solid #ddd; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .bad { color: #b00; } .muted { color: #777; }
</style>
</head>
<body>
<h1>ai-router <span id="updated" class="muted">loading…</span></h1>
<p><a href="/review/latest">Latest review report</a> <span class="muted">(written by ai-router review --save
or the daily ai-router-review.timer; needs a key when keys are configured)</span></p>
<h2>Last hour</h2>
<p id="summary"></p>
<h2>Route mix (last hour / last day)</h2>
<table id="routes"></table>
<h2>Backends</h2>
<table id="backends"></table>
<h2>Containers</h2>
<table id="containers"></table>
<h2>Members today</h2>
<table id="members"></table>
<h2>Top errors (last day)</h2>
<table id="errors"></table>
<h2>Recent sessions</h2>
<table id="recent"></table>
<script>
"use strict";
function fill(id, head, rows) {
  const table = document.getElementById(id);
  table.replaceChildren();
  const tr = table.insertRow();
  for (const h of head) { const th = document.createElement("th"); th.textContent = h; tr.append(th); }
  if (rows.length === 0) { const td = table.insertRow().insertCell(); td.colSpan = head.length; td.textContent = "none"; td.className = "muted"; }
  for (const row of rows) {
    const r = table.insertRow();
    for (const value of row) {
      const td = r.insertCell();
      td.textContent = value === null || value === undefined ? "–" : String(value);
      if (typeof value === "number") td.className = "num";
    }
  }
}
function render(s) {
  document.getElementById("updated").textContent = "updated " + new Date(s.generatedAt).toLocaleTimeString();
  const h = s.lastHour;
  document.getElementById("summary").textContent = h.requests + " requests, " + h.errors + " errors";
  const routes = new Set([...Object.keys(h.routes), ...Object.keys(s.lastDay.routes)]);
  fill("routes", ["route", "last hour", "last day"], [...routes].map((r) => [r, h.routes[r] || 0, s.lastDay.routes[r] || 0]));
  fill("backends", ["backend", "location", "model", "in flight", "requests", "failures", "p50 ms", "p95 ms", "last error"],
    Object.entries(s.backends).map(([name, b]) => {
      const l = s.lastHour.backends[name] || {};
      return [name, b.location, b.model, b.inFlight, b.requests, b.failures, l.p50Ms, l.p95Ms, b.lastError];
    }));
  const sup = s.supervision;
  fill("containers", ["container", "state", "wanted", "backends", "restarts", "memory GiB", "last error"], sup.enabled
    ? Object.entries(sup.containers).map(([name, c]) => [name, c.state, c.wanted, c.backends.join(", "), c.restarts, c.memoryGib, c.lastError])
    : [["(supervision off)", sup.reason || "", null, null, null, null, null]]);
  fill("members", ["member", "tokens", "cloud USD", "cloud budget USD"],
    Object.entries(s.today).map(([name, m]) => [name, m.tokensToday, m.cloudUsdToday, m.limits.cloudSpendPerDayUsd]));
  fill("errors", ["error", "count"], s.lastDay.topErrors.map((e) => [e.error, e.count]));
  fill("recent", ["time", "member", "route", "backend", "status", "ms", "tokens"],
    s.recent.map((r) => [new Date(r.timestamp).toLocaleTimeString(), r.user, r.route, r.backend, r.status, r.totalMs, r.tokens]));
}
async function poll() {
  try {
    const response = await fetch("stats", { cache: "no-store" });
    if (!response.ok) throw new Error("status " + response.status);
    render(await response.json());
  } catch (error) {
    const el = document.getElementById("updated");
    el.textContent = "cannot load /stats: " + error.message;
    el.className = "bad";
  }
}
poll();
setInterval(poll, 5000);
</script>
</body>
</html>
`;
