import type { Stats } from "../stats/build_stats.ts";
import { escapeHtml as e } from "./escape_html.ts";
import { formatUsd } from "./plain_words.ts";

/** The family pool: this month's use of its amount, prepaid money left and the latest top-ups. */
export function renderPool(stats: Stats): string {
  const { pool } = stats;
  if (!pool) return "";
  const share = pool.monthlyUsd > 0 ? Math.min(1, pool.spentUsd / pool.monthlyUsd) : 1;
  const level = share >= 1 ? " full" : share >= stats.alertShare ? " near" : "";
  const label = `${formatUsd(pool.spentUsd)} of ${formatUsd(pool.monthlyUsd)} used this month`;
  const bar =
    `<svg class="bar" viewBox="0 0 300 14" preserveAspectRatio="none" role="img" aria-label="${
      e(label)
    }" xmlns="http://www.w3.org/2000/svg"><rect class="track" width="300" height="14" rx="3"/>` +
    `<rect class="fill${level}" width="${(share * 300).toFixed(1)}" height="14" rx="3"/></svg>`;
  const history = pool.topUps.map((t) =>
    `<li><small>${e(t.at.slice(0, 10))} · ${e(formatUsd(t.amountUsd))} for ${
      e(t.member ?? "the family pool")
    }</small></li>`
  ).join("");
  return `<section id="pool"><h2>Family pool</h2><div class="row"><span>${e(label)}</span><span>${
    e(`${formatUsd(pool.prepaidUsd)} prepaid left`)
  }</span></div>${bar}${
    history
      ? `<h3>Top-ups</h3><ul>${history}</ul>`
      : '<p class="muted">No top-ups yet: ai-router budget top-up 5.00 adds prepaid money.</p>'
  }</section>`;
}
