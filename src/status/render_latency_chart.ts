import type { HourLatency } from "../stats/to_hourly_series.ts";
import { type ChartFrame, drawGrid, drawHourLabels, openSvg, toNiceMax } from "./chart_frame.ts";
import { escapeHtml } from "./escape_html.ts";

const FRAME: ChartFrame = { width: 360, height: 150, left: 42, right: 6, top: 8, bottom: 18 };
/** Series colours are CSS classes s0…s5, so light and dark themes pick their own. */
const PALETTE_SIZE = 6;

function formatAxisMs(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(value >= 10_000 ? 0 : 1)}s` : `${Math.round(value)}ms`;
}

/** One polyline per run of hours with answers; a gap where an hour had none. */
function toPath(
  points: ReadonlyArray<number | null>,
  { x, y }: { x: (i: number) => number; y: (v: number) => number },
) {
  let path = "";
  let drawing = false;
  points.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? "L" : "M"}${x(i).toFixed(1)} ${y(value).toFixed(1)}`;
    drawing = true;
  });
  return path;
}

/** Latency per backend hour by hour: p50 as a solid line, p95 dashed, one colour per backend. */
export function renderLatencyChart(latency: Readonly<Record<string, readonly HourLatency[]>>): string {
  const series = Object.entries(latency);
  const hours = series[0]?.[1].map((h) => h.hour) ?? [];
  const max = toNiceMax(Math.max(0, ...series.flatMap(([, s]) => s.map((h) => h.p95Ms ?? 0))));
  const bottom = FRAME.height - FRAME.bottom;
  const slot = (FRAME.width - FRAME.left - FRAME.right) / Math.max(1, hours.length);
  const x = (i: number) => FRAME.left + slot * (i + 0.5);
  const y = (v: number) => bottom - (v / max) * (bottom - FRAME.top);
  const lines = series.map(([backend, points], n) => {
    const colour = `s${n % PALETTE_SIZE}`;
    const dots = points.map((p, i) =>
      p.p50Ms === null
        ? ""
        : `<circle class="${colour}" cx="${x(i).toFixed(1)}" cy="${y(p.p50Ms).toFixed(1)}" r="1.6"/>`
    ).join("");
    return `<g><title>${escapeHtml(backend)}</title>` +
      `<path class="line ${colour}" d="${toPath(points.map((p) => p.p50Ms), { x, y })}"/>` +
      `<path class="line dashed ${colour}" d="${toPath(points.map((p) => p.p95Ms), { x, y })}"/>${dots}</g>`;
  }).join("");
  return openSvg(FRAME, `Latency per model, p50 and p95, over the last day (up to ${formatAxisMs(max)})`) +
    drawGrid(FRAME, { max, format: formatAxisMs }) + lines + drawHourLabels(FRAME, hours) + "</svg>";
}

/** The legend for {@linkcode renderLatencyChart}: one swatch per backend, then what solid and dashed mean. */
export function renderLatencyLegend(backends: readonly string[]): string {
  const swatches = backends.map((b, n) =>
    `<span><i class="s${n % PALETTE_SIZE}"></i>${escapeHtml(b)}</span>`
  );
  return `<p class="legend">${swatches.join("")}<span>solid: typical (p50), dashed: slow (p95)</span></p>`;
}
