/** A percentage share at the story's stated rounding: one decimal, e.g. 17.2%. */
export function formatShare(pct: number): string {
  return `${pct.toFixed(1)}%`;
}
