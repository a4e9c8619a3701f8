import type { Config } from "../config/config_schema.ts";
import type { Stats } from "../stats/build_stats.ts";
import { listProblems } from "./list_problems.ts";
import { renderDetails, renderLatency, renderTraffic } from "./render_details.ts";
import { renderHeadline, renderMembers, renderRecentProblems, renderServices } from "./render_overview.ts";
import { renderPool } from "./render_pool.ts";
import { STATUS_PAGE_SCRIPT, STATUS_PAGE_STYLE } from "./status_page_assets.ts";

/**
 * Where Ollama-only phone apps connect (Enchanted, Ollama App, Home Assistant) and how they send the key. A
 * key in the URL is not offered: Reins drops it and fetch-based apps refuse such URLs (docs/ollama.md).
 */
function renderOllamaLine(port: number): string {
  if (port === 0) return '<p class="muted">The Ollama API for phone apps is off (server.ollamaPort: 0).</p>';
  return `<p id="ollama">Phone apps that speak Ollama (Enchanted, Ollama App, Home Assistant): server ` +
    `<b>http://&lt;this box&gt;:${port}</b>, the member's key as the app's API key or as the header ` +
    `<span class="muted">Authorization: Bearer KEY</span>. An app that can send neither (Reins) cannot ` +
    `connect while members have keys.</p>`;
}

/**
 * The status page for a person: the first line says "All good" or what is wrong and what to do, then each
 * service, each member's day, where answers came from, recent problems, and the details. Drawn on the
 * server from the `/stats` document (HTML and inline SVG, every value escaped); a small inline script
 * reloads the content every 5 s. Nothing is loaded from elsewhere.
 */
export function renderStatusPage(stats: Stats, config: Config): string {
  const problems = listProblems(stats, config);
  const updated = new Date(stats.generatedAt).toTimeString().slice(0, 8);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${problems.length === 0 ? "All good" : "Needs attention"} · ai-router</title>
<link rel="icon" href="data:,">
<style>${STATUS_PAGE_STYLE}</style>
</head>
<body>
<main id="page">
<header><span><b>ai-router</b> status</span><span id="updated">updated ${updated}</span></header>
${renderHeadline(stats, problems)}
<div class="cols">${renderServices(stats)}${renderMembers(stats)}</div>
${renderPool(stats)}
<p><a href="/me">What you have left</a> <span class="muted">(each member sees their own allowance there, on a
phone too: the browser asks for their key as the password)</span></p>
<div class="cols">${renderTraffic(stats)}${renderRecentProblems(stats)}</div>
<h2 class="muted">Details</h2>
${renderLatency(stats)}
${renderDetails(stats)}
<p><a href="/review/latest">Latest review report</a> <span class="muted">(written by ai-router review --save or
the daily ai-router-review.timer; needs a key when keys are configured)</span></p>
${renderOllamaLine(config.server.ollamaPort)}
</main>
<script>${STATUS_PAGE_SCRIPT}</script>
</body>
</html>
`;
}
