import { ticks } from "d3-array";

/** A linear map from a domain onto a range, with round ticks across the domain and the inverse map. */
export interface LinearScale {
  (value: number): number;
  ticks(count: number): number[];
  invert(value: number): number;
}

/**
 * The part of d3-scale's scaleLinear the charts use, with the same arithmetic (so the same SVG).
 * scaleLinear brings d3-interpolate's colour interpolation and d3-format into every chart chunk
 * in the browser, about 6 KB gzip of a chapter's 30 KB budget, for features no chart calls.
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): LinearScale {
  const scale = ((value: number) => map(d0, d1, r0, r1, value)) as LinearScale;
  scale.ticks = (count) => ticks(d0, d1, count);
  scale.invert = (value) => map(r0, r1, d0, d1, value);
  return scale;
}

/**
 * From [a0, a1] onto [b0, b1], as d3-scale's bimap computes it: from the lower end of the input, so
 * a descending input maps both intervals reversed. An input of one value maps to the middle.
 */
function map(a0: number, a1: number, b0: number, b1: number, value: number): number {
  const [lo, hi, from, to] = a1 < a0 ? [a1, a0, b1, b0] : [a0, a1, b0, b1];
  const t = hi === lo ? 0.5 : (value - lo) / (hi - lo);
  return from * (1 - t) + to * t;
}
