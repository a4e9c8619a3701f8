import { escapeHtml } from "./escape_html.ts";

/** The drawing area of a chart inside its viewBox (SVG user units). */
export interface ChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A round axis maximum at or above `value`: 1, 2, 5 times a power of ten. */
export function toNiceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) as number;
  return step * power;
}

/** Opens a responsive SVG: it scales with the page width (text too), so it never overflows a phone. */
export function openSvg(frame: ChartFrame, label: string): string {
  return `<svg class="chart" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-label="${
    escapeHtml(label)
  }" xmlns="http://www.w3.org/2000/svg">`;
}

/** Horizontal grid lines at 0, half and the maximum, labelled on the left with `format`. */
export function drawGrid(
  frame: ChartFrame,
  { max, format }: { max: number; format: (value: number) => string },
): string {
  const bottom = frame.height - frame.bottom;
  const plotHeight = bottom - frame.top;
  return [0, 0.5, 1].map((share) => {
    const y = (bottom - share * plotHeight).toFixed(1);
    return `<line class="grid" x1="${frame.left}" x2="${frame.width - frame.right}" y1="${y}" y2="${y}"/>` +
      `<text class="axis" x="${frame.left - 3}" y="${y}" text-anchor="end" dominant-baseline="middle">${
        escapeHtml(format(max * share))
      }</text>`;
  }).join("");
}

/** Hour labels under the plot every `every` slots, in the box's local time ("14:00"). */
export function drawHourLabels(
  frame: ChartFrame,
  hours: readonly string[],
  { every = 6 }: { every?: number } = {},
): string {
  const slot = (frame.width - frame.left - frame.right) / hours.length;
  return hours.map((hour, i) => {
    if ((hours.length - 1 - i) % every !== 0) return "";
    const x = (frame.left + slot * (i + 0.5)).toFixed(1);
    const text = `${String(new Date(hour).getHours()).padStart(2, "0")}:00`;
    return `<text class="axis" x="${x}" y="${frame.height - 4}" text-anchor="middle">${text}</text>`;
  }).join("");
}
