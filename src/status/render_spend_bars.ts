import type { MemberToday } from "../stats/build_stats.ts";
import { escapeHtml } from "./escape_html.ts";
import { formatUsd } from "./plain_words.ts";

const WIDTH = 300;
const HEIGHT = 14;

/**
 * One member's cloud spend today as a bar against their budget (the full width); over 80 % it turns amber,
 * at the budget red. Without a budget the bar is measured against the day's biggest spender.
 */
export function renderSpendBar(member: MemberToday, biggestSpend: number): string {
  const budget = member.limits.cloudSpendPerDayUsd;
  const scale = budget !== undefined && budget > 0 ? budget : Math.max(biggestSpend, 0.01);
  const share = Math.min(1, member.cloudUsdToday / scale);
  const level = budget === undefined ? "" : share >= 1 ? " full" : share >= 0.8 ? " near" : "";
  const label = budget === undefined
    ? `${formatUsd(member.cloudUsdToday)} spent in the cloud today, no budget`
    : `${formatUsd(member.cloudUsdToday)} of ${formatUsd(budget)} cloud budget spent today`;
  return `<svg class="bar" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${
    escapeHtml(label)
  }" xmlns="http://www.w3.org/2000/svg"><rect class="track" width="${WIDTH}" height="${HEIGHT}" rx="3"/>` +
    `<rect class="fill${level}" width="${(share * WIDTH).toFixed(1)}" height="${HEIGHT}" rx="3"/></svg>`;
}
