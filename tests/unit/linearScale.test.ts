import { describe, expect, it } from "vitest";
import { scaleLinear } from "d3-scale";
import { linearScale } from "../../src/charts/linearScale.ts";

describe("linearScale(domain, range)", () => {
  const cases: [[number, number], [number, number]][] = [
    [
      [1995, 2023],
      [48, 612],
    ],
    [
      [0, 60],
      [396, 16],
    ],
    [
      [-10, 15],
      [300, 20],
    ],
    [
      [23946, 24292],
      [40, 540],
    ],
    [
      [5, 5],
      [0, 100],
    ],
  ];

  it.each(cases)("maps, ticks and inverts %j onto %j exactly as d3-scale's scaleLinear", (domain, range) => {
    const ours = linearScale(domain, range);
    const d3 = scaleLinear(domain, range);
    for (let i = 0; i <= 20; i++) {
      const value = domain[0] + ((domain[1] - domain[0]) * i) / 20 + 0.37;
      expect(ours(value)).toBe(d3(value));
      const pixel = range[0] + ((range[1] - range[0]) * i) / 20;
      if (domain[0] !== domain[1]) expect(ours.invert(pixel)).toBe(d3.invert(pixel));
    }
    for (const count of [4, 6, 8]) expect(ours.ticks(count)).toEqual(d3.ticks(count));
  });

  it("maps a domain of one value to the middle of the range", () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});
