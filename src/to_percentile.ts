/** The value at quantile `q` (0–1) of sorted numbers, by nearest rank; 0 for none. */
export function toPercentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}
