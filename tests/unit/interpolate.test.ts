import { describe, expect, it } from "vitest";
import * as d3 from "d3-interpolate";
import { interpolateNumber, interpolateString } from "../../src/client/interpolate.ts";

const pairs: [string, string][] = [
  ["M0,0L10,20L30,5", "M0,10L12.5,18L30,5"],
  ["M1e-7,3.5L-4,.5Z", "M2,3.5L4,-0.25Z"],
  ["translate(10 20)", "translate(-5.5 40)"],
  ["matrix(0.5 0 0 0.5 10 20)", "matrix(1 0 0 1 0 0)"],
  ["M0,0L1,1", "M0,0L1,1L2,4L3,9"],
  ["M0,0L1,1L2,4L3,9", "M5,5L6,6"],
  ["", "M0,0L1,1"],
  ["12 4 7", "3 3"],
];

describe("the browser's own interpolators (in place of d3-interpolate's, which ship d3-color)", () => {
  it.each(pairs)("glide %j to %j exactly as d3's interpolateString does", (a, b) => {
    const ours = interpolateString(a, b);
    const theirs = d3.interpolateString(a, b);
    for (const t of [0, 0.1, 0.25, 0.5, 0.75, 0.999, 1]) expect(ours(t)).toBe(theirs(t));
    expect(ours(1)).toBe(b);
  });

  it("glide numbers as d3's interpolateNumber does", () => {
    for (const [a, b] of [
      [0, 10],
      [-3.5, 2e-6],
      [100, 100],
    ] as const) {
      for (const t of [0, 0.3, 0.5, 1]) expect(interpolateNumber(a, b)(t)).toBe(d3.interpolateNumber(a, b)(t));
    }
  });
});
