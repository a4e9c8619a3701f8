import type { Stats } from "../stats/build_stats.ts";
import { isRefusal, type SessionSummary } from "../stats/summarize_sessions.ts";
import { escapeHtml as e } from "./escape_html.ts";
import type { Problem } from "./list_problems.ts";
import {
  describeFailure,
  describeRoles,
  describeServiceState,
  formatCount,
  formatUsd,
} from "./plain_words.ts";
import { renderSpendBar } from "./render_spend_bars.ts";

const LOCATION_WORDS = { local: "on the box", cloud: "in the cloud" } as const;

/** "42 requests in the last hour: 38 on the box, 3 in the cloud, 1 cancelled, 0 failed." */
export function describeTraffic(summary: SessionSummary, period: string): string {
  if (summary.requests === 0) return `No requests in the ${period}.`;
  const parts = [`${summary.answeredLocally} answered on the box`, `${summary.answeredInCloud} in the cloud`];
  if (summary.cancelled > 0) parts.push(`${summary.cancelled} cancelled by the app`);
  if (summary.errors > 0) parts.push(`${summary.errors} failed`);
  if (summary.refused > 0) parts.push(`${summary.refused} refused`);
  const { keptLocal, redacted } = summary.privacy;
  const kept = [
    ...keptLocal > 0 ? [`${keptLocal} kept on the box because they held personal details`] : [],
    ...redacted > 0 ? [`${redacted} sent to the cloud with personal details hidden`] : [],
  ];
  return `${summary.requests} request${summary.requests === 1 ? "" : "s"} in the ${period}: ${
    parts.join(", ")
  }.${kept.length > 0 ? ` Privacy: ${kept.join(", ")}.` : ""}`;
}

/** The first lines: "All good" or what is wrong, then what to do about each problem. */
export function renderHeadline(stats: Stats, problems: readonly Problem[]): string {
  const worst = problems[0]?.severity ?? "ok";
  const answering = stats.services.filter((s) => s.state === "up").length;
  const title = problems.length === 0
    ? "All good"
    : problems.length === 1
    ? (problems[0] as Problem).what
    : `${problems.length} things need attention`;
  const list = problems.length === 1
    ? `<p><b>What to do:</b> ${e((problems[0] as Problem).todo)}</p>`
    : problems.length > 1
    ? `<ul>${
      problems.map((p) =>
        `<li class="problem"><b class="${p.severity}-text">${e(p.what)}</b>What to do: ${e(p.todo)}</li>`
      ).join("")
    }</ul>`
    : "";
  return `<section class="headline ${worst}" id="headline"><h1>${e(title)}</h1>${list}` +
    `<p class="muted">${answering} of ${stats.services.length} models and speech services are answering. ${
      e(describeTraffic(stats.lastHour, "last hour"))
    }</p></section>`;
}

/** Each model and speech service: a coloured dot and its state in words. */
export function renderServices(stats: Stats): string {
  const items = stats.services.map((s) => {
    const slug = s.state.replaceAll(" ", "-");
    const label = s.label;
    const state = describeServiceState(s.state);
    const detail = [
      describeRoles(s.roles),
      LOCATION_WORDS[s.location],
      label === s.name ? "" : s.name,
      s.model,
      state.why ?? "",
    ].filter(Boolean).join(" · ");
    return `<li class="st-${slug}"><div class="row"><span><span class="dot"></span>${e(label)}</span>` +
      `<span class="state">${e(state.word)}</span></div><small>${e(detail)}</small>${
        s.problem ? `<br><small class="down-text">${e(s.problem)}</small>` : ""
      }</li>`;
  }).join("");
  return `<section id="services"><h2>Models and speech</h2><ul>${
    items || "<li>None configured</li>"
  }</ul></section>`;
}

/** Each member's day: requests, tokens against the day's limit, cloud spend as a bar against the budget. */
export function renderMembers(stats: Stats): string {
  const members = Object.entries(stats.today);
  const biggest = Math.max(0, ...members.map(([, m]) => m.cloudUsdToday));
  const items = members.map(([name, m]) => {
    const budget = m.limits.cloudSpendPerDayUsd;
    const tokens = m.limits.tokensPerDay === undefined
      ? `${formatCount(m.tokensToday)} tokens`
      : `${formatCount(m.tokensToday)} of ${formatCount(m.limits.tokensPerDay)} tokens`;
    const cloud = !m.cloudAllowed
      ? "no cloud"
      : budget === undefined
      ? `${formatUsd(m.cloudUsdToday)} cloud, no budget`
      : `${formatUsd(m.cloudUsdToday)} of ${formatUsd(budget)} cloud budget`;
    const who = m.forwarded ? `${name} (an Open WebUI user)` : name;
    const month = `This month: ${m.month.requests} requests, ${formatCount(m.month.tokens)} tokens, ${
      formatUsd(m.month.cloudUsd)
    } cloud${
      m.limits.cloudSpendPerMonthUsd === undefined ? "" : ` of ${formatUsd(m.limits.cloudSpendPerMonthUsd)}`
    }`;
    const voiceLimit = m.limits.voiceMinutesPerDay === undefined
      ? ""
      : ` of ${m.limits.voiceMinutesPerDay} min`;
    const heard = m.voice.secondsToday < 60
      ? `${m.voice.secondsToday} s`
      : `${(m.voice.secondsToday / 60).toFixed(1)} min`;
    const voice = m.voice.openSessions > 0 || m.voice.secondsToday > 0
      ? ` · voice: ${heard}${voiceLimit} today${m.voice.openSessions > 0 ? ", talking now" : ""}`
      : "";
    // A bar needs a budget to be measured against: without one it would look like a limit that is not there.
    return `<li><div class="row"><b>${e(who)}</b><span>${e(cloud)}</span></div>${
      budget !== undefined && m.cloudAllowed ? renderSpendBar(m, biggest) : ""
    }` +
      `<small>${m.requestsLastDay} requests in the last day · ${e(tokens)} today${
        m.limits.requestsPerMinute ? ` · at most ${m.limits.requestsPerMinute} a minute` : ""
      }${e(voice)}<br>${e(month)}</small></li>`;
  }).join("");
  return `<section id="members"><h2>Family today</h2><ul>${
    items || '<li class="muted">No members configured: anyone on this machine may use the router</li>'
  }</ul></section>`;
}

/** The last failed requests (cancelled ones are not failures) and the day's most frequent errors. */
export function renderRecentProblems(stats: Stats): string {
  const failed = stats.problems;
  const items = failed.map((r) =>
    `<li><div class="row"><b>${
      e(isRefusal(r) ? `Refused: ${describeFailure(r.status)}` : describeFailure(r.status))
    }</b><small>${new Date(r.timestamp).toTimeString().slice(0, 8)} · ${e(r.user)}</small></div><small>${
      e(r.error ?? "")
    }</small></li>`
  ).join("");
  const top = stats.lastDay.topErrors.map((t) => `<li><small>${t.count} × ${e(t.error)}</small></li>`).join(
    "",
  );
  const cancelled = stats.lastDay.cancelled > 0
    ? `<p class="muted">${stats.lastDay.cancelled} requests were cancelled by the app in the last day (normal: ` +
      "editors cancel autocomplete while you type, a closed tab cancels its answer).</p>"
    : "";
  return `<section id="problems"><h2>Recent problems</h2>${
    items
      ? `<ul>${items}</ul>`
      : stats.lastDay.errors + stats.lastDay.refused === 0
      ? '<p class="muted">No failed requests recently.</p>'
      : ""
  }${top ? `<h3>Most frequent in the last day</h3><ul>${top}</ul>` : ""}${cancelled}</section>`;
}
