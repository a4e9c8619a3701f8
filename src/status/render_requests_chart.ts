import type { HourCount } from "../stats/to_hourly_series.ts";
import { type ChartFrame, drawGrid, drawHourLabels, openSvg, toNiceMax } from "./chart_frame.ts";

const FRAME: ChartFrame = { width: 360, height: 150, left: 30, right: 6, top: 8, bottom: 18 };
/** Stacked from the bottom in this order; the CSS class names the colour. */
const PARTS = [["local", "on the box"], ["cloud", "in the cloud"], ["failed", "failed"], [
  "cancelled",
  "cancelled",
]] as const;

/** Requests per hour over the day as stacked bars: answered at home, in the cloud, failed, cancelled. */
export function renderRequestsChart(hours: readonly HourCount[]): string {
  const total = (h: HourCount) => h.local + h.cloud + h.failed + h.cancelled;
  const max = toNiceMax(Math.max(...hours.map(total)));
  const bottom = FRAME.height - FRAME.bottom;
  const scale = (bottom - FRAME.top) / max;
  const slot = (FRAME.width - FRAME.left - FRAME.right) / hours.length;
  const bars = hours.map((hour, i) => {
    let y = bottom;
    const x = (FRAME.left + slot * i + slot * 0.15).toFixed(1);
    const rects = PARTS.map(([part]) => {
      const height = hour[part] * scale;
      if (height === 0) return "";
      y -= height;
      return `<rect class="c-${part}" x="${x}" y="${y.toFixed(1)}" width="${
        (slot * 0.7).toFixed(1)
      }" height="${height.toFixed(1)}"/>`;
    }).join("");
    const time = new Date(hour.hour).toTimeString().slice(0, 5);
    const title =
      `${time}: ${hour.local} on the box, ${hour.cloud} in the cloud, ${hour.failed} failed, ${hour.cancelled} cancelled`;
    return `<g><title>${title}</title>${rects}</g>`;
  }).join("");
  const all = hours.reduce((sum, h) => sum + total(h), 0);
  return openSvg(FRAME, `Requests per hour over the last day: ${all} in all`) +
    drawGrid(FRAME, { max, format: (v) => String(Math.round(v)) }) + bars +
    drawHourLabels(FRAME, hours.map((h) => h.hour)) + "</svg>";
}

/** The legend that goes with {@linkcode renderRequestsChart}. */
export function renderRequestsLegend(): string {
  return `<p class="legend">${
    PARTS.map(([part, words]) => `<span><i class="c-${part}"></i>${words}</span>`).join("")
  }</p>`;
}
