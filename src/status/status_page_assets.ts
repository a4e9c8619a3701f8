/**
 * The status page's style and script, inline so the page needs nothing from elsewhere. Colours are CSS
 * variables with a dark set for `prefers-color-scheme: dark`; the SVG charts take them through classes.
 */
export const STATUS_PAGE_STYLE = `
:root { color-scheme: light dark; --bg: #f6f7f9; --card: #fff; --text: #1d2330; --muted: #5f6b7a; --line: #dde2e8;
  --ok: #1f8a4c; --warn: #b26a00; --bad: #c62828; --local: #2f7de1; --cloud: #8e44c9; --failed: #d33;
  --cancelled: #9aa3ad; --track: #e6e9ee;
  --s0: #1f9e89; --s1: #e07b00; --s2: #d6336c; --s3: #6b7a2a; --s4: #2f7de1; --s5: #8e44c9; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #11151b; --card: #1a2029; --text: #e6e9ee; --muted: #9aa5b3; --line: #2c3440; --ok: #4cc47f;
    --warn: #f0a43a; --bad: #ff6b6b; --local: #5da2ff; --cloud: #c48bf0; --failed: #ff6b6b; --cancelled: #6f7987;
    --track: #2c3440; --s0: #3cc9b0; --s1: #f0a43a; --s2: #ff7aa8; --s3: #b7c95a; --s4: #5da2ff; --s5: #c48bf0; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.45 system-ui, -apple-system, "Segoe UI",
  Roboto, sans-serif; overflow-wrap: anywhere; }
main { max-width: 64rem; margin: 0 auto; padding: .75rem; }
header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .25rem 1rem; color: var(--muted);
  font-size: .85rem; padding: .25rem .25rem .5rem; }
section { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .8rem .9rem;
  margin: 0 0 .75rem; min-width: 0; }
h1 { font-size: 1.45rem; margin: 0 0 .2rem; } h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
h3 { font-size: .95rem; margin: .8rem 0 .3rem; }
p { margin: .2rem 0; } .muted, small { color: var(--muted); }
.headline { border-left: .45rem solid var(--ok); } .headline.warning { border-left-color: var(--warn); }
.headline.down { border-left-color: var(--bad); }
ul { list-style: none; margin: 0; padding: 0; } li { padding: .4rem 0; border-top: 1px solid var(--line); }
li:first-child { border-top: 0; }
.problem b { display: block; } .down-text { color: var(--bad); } .warning-text { color: var(--warn); }
.row { display: flex; justify-content: space-between; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
.state { font-weight: 600; white-space: nowrap; }
.dot { display: inline-block; width: .65rem; height: .65rem; border-radius: 50%; margin-right: .4rem;
  background: var(--muted); vertical-align: baseline; }
.st-up { --c: var(--ok); } .st-starting, .st-sleeping, .st-swapped-out { --c: var(--muted); }
.st-not-set-up { --c: var(--warn); } .st-down { --c: var(--bad); }
.st-up .dot, .st-starting .dot, .st-sleeping .dot, .st-swapped-out .dot, .st-not-set-up .dot, .st-down .dot {
  background: var(--c); } .state { color: var(--c); }
.cols { display: grid; gap: 0 .75rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 52rem) { .cols { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } main { padding: 1.25rem; } }
svg.chart { display: block; width: 100%; height: auto; max-height: 16rem; }
svg.bar { display: block; width: 100%; height: .8rem; margin: .25rem 0 .1rem; }
.chart text { font: 10px system-ui, sans-serif; fill: var(--muted); }
line.grid { stroke: var(--line); stroke-width: .6; }
.c-local { fill: var(--local); } .c-cloud { fill: var(--cloud); } .c-failed { fill: var(--failed); }
.c-cancelled { fill: var(--cancelled); }
.line { fill: none; stroke-width: 1.6; stroke-linejoin: round; } .dashed { stroke-dasharray: 4 3; stroke-width: 1.1; }
${
  [0, 1, 2, 3, 4, 5].map((n) =>
    `path.s${n} { stroke: var(--s${n}); } circle.s${n}, i.s${n} { fill: var(--s${n}); background: var(--s${n}); }`
  ).join("\n")
}
.track { fill: var(--track); } .fill { fill: var(--local); } .fill.near { fill: var(--warn); } .fill.full { fill: var(--bad); }
.legend { display: flex; flex-wrap: wrap; gap: .2rem .9rem; font-size: .8rem; color: var(--muted); margin-top: .3rem; }
.legend i { display: inline-block; width: .7rem; height: .7rem; border-radius: 2px; margin-right: .3rem;
  vertical-align: -1px; }
i.c-local { background: var(--local); } i.c-cloud { background: var(--cloud); } i.c-failed { background: var(--failed); }
i.c-cancelled { background: var(--cancelled); }
table { width: 100%; border-collapse: collapse; font-size: .88rem; overflow-wrap: normal; }
th, td { text-align: left; padding: .3rem .4rem .3rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; } td.num { white-space: nowrap; }
td:first-child { overflow-wrap: anywhere; min-width: 5.5em; }
.sessions li { font-size: .88rem; }
`;

/** Re-reads the page every 5 s and swaps its content in place: the server draws everything, already escaped. */
export const STATUS_PAGE_SCRIPT = `
"use strict";
async function refresh() {
  const updated = document.getElementById("updated");
  try {
    const response = await fetch(location.href, { cache: "no-store" });
    if (!response.ok) throw new Error("status " + response.status);
    const next = new DOMParser().parseFromString(await response.text(), "text/html");
    document.getElementById("page").replaceWith(next.getElementById("page"));
  } catch (error) {
    updated.textContent = "Cannot reach the router (" + error.message + "); retrying";
    updated.className = "down-text";
  }
}
setInterval(refresh, 5000);
`;
