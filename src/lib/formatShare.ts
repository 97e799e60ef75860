/**
 * A number to `digits` decimals, halves rounded away from zero, as a reader rounds the published figure:
 * 14.45 gives 14.5. (toFixed works on the binary value, 14.4499…, and gives 14.4.) The figures come with at
 * most a few decimals, so a nudge of 1e-9 past the binary error decides only true halves.
 */
export function roundedFixed(value: number, digits: number): string {
  const scale = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * scale + 1e-9)) / scale;
  return (rounded === 0 ? 0 : rounded).toFixed(digits);
}

/** A percentage share at the story's stated rounding: one decimal, e.g. 17.2%, and a true minus sign: −2.5%. */
export function formatShare(pct: number): string {
  return `${roundedFixed(pct, 1).replace(/^-/, "\u2212")}%`;
}
