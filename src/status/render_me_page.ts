import type { MeDocument } from "../users/describe_me.ts";
import { escapeHtml as e } from "./escape_html.ts";
import { formatCount, formatUsd } from "./plain_words.ts";
import { STATUS_PAGE_STYLE } from "./status_page_assets.ts";

const UNITS = { requests: "requests", tokens: "tokens", cloudUsd: "cloud" } as const;

/** "1 January" or "midnight" in the family's zone. */
function formatResetDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone }).format(new Date(iso));
}

function formatLimit(l: MeDocument["limits"][number], timeZone: string): string {
  const when = l.period === "minute"
    ? "a minute"
    : l.period === "day"
    ? "today; resets at midnight"
    : `this month; resets on ${formatResetDay(l.resets_at, timeZone)}`;
  if (l.kind === "cloudUsd") {
    return `You have used ${formatUsd(l.used)} of your ${formatUsd(l.limit)} ${when}`;
  }
  return `You have used ${formatCount(l.used)} of your ${formatCount(l.limit)} ${UNITS[l.kind]} ${when}`;
}

function describeCloud(me: MeDocument): string {
  if (me.cloud.reason === "not permitted") {
    return "Your questions are always answered on the box, never in the cloud.";
  }
  if (!me.cloud.allowed) {
    return me.cloud.reason === "over the family pool"
      ? "The family's cloud money for this month is spent: your questions are answered on the box until it resets."
      : "Your cloud budget is spent: your questions are answered on the box until it resets.";
  }
  return me.cloud.left_usd === null
    ? "The cloud is open to you for hard questions, with no budget of your own."
    : `You have ${formatUsd(me.cloud.left_usd)} of cloud use left.`;
}

/**
 * `/me` for a phone: the member's allowance in sentences ("You have used $0.40 of your $2.00 this month;
 * resets on 1 January"), from the same document `/v1/me` answers. Inline style only, nothing loaded.
 */
export function renderMePage(me: MeDocument): string {
  const lines = me.limits.map((l) => `<li>${e(formatLimit(l, me.timezone))}</li>`);
  const pool = me.pool
    ? `<section><h2>Family pool</h2><p>${
      e(
        `The family has used ${formatUsd(me.pool.spent_usd)} of ${
          formatUsd(me.pool.monthly_usd)
        } this month; ` +
          `you have used ${formatUsd(me.pool.your_spent_usd)}${
            me.pool.share_usd === null ? "" : ` of your ${formatUsd(me.pool.share_usd)} share`
          }. Resets on ${formatResetDay(me.resets.month, me.timezone)}.` +
          (me.pool.prepaid_usd > 0 ? ` Prepaid money left: ${formatUsd(me.pool.prepaid_usd)}.` : ""),
      )
    }</p></section>`
    : "";
  const credit = me.credit_usd > 0
    ? `<p>${e(`Your prepaid money left: ${formatUsd(me.credit_usd)}.`)}</p>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What you have left · ai-router</title>
<link rel="icon" href="data:,">
<style>${STATUS_PAGE_STYLE}</style>
</head>
<body>
<main id="page">
<header><span><b>ai-router</b> · ${e(me.name)}</span></header>
<section id="allowance"><h2>What you have left</h2>
<ul>${lines.join("") || "<li>You have no limits.</li>"}</ul>
<p>${e(describeCloud(me))}</p>${credit}
<p class="muted">${
    e(
      `Today: ${me.today.requests} requests, ${formatCount(me.today.tokens)} tokens, ${
        formatUsd(me.today.cloud_usd)
      } cloud. This month: ${me.this_month.requests} requests, ${formatCount(me.this_month.tokens)} tokens, ${
        formatUsd(me.this_month.cloud_usd)
      } cloud.`,
    )
  }</p></section>
${pool}
<section><h2>What you may use</h2><p>${
    e(`Models: ${me.may_use.models.join(", ")}. Voice: ${me.may_use.voice ? "yes" : "no"}.`)
  }</p></section>
</main>
</body>
</html>
`;
}
