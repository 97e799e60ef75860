import { describe, expect, it } from "vitest";
import { routesMapChart } from "../../src/charts/routesMap.ts";
import { dataset } from "../../src/data/dataset.ts";
import { routesMap } from "../../src/data/routesMap.ts";
import { withoutNonScalingStrokes } from "../../src/social/socialCardSvg.ts";
import type { Mark } from "../../src/charts/marks.ts";

describe("withoutNonScalingStrokes(marks)", () => {
  it("divides a scaled path's stroke width and dashes by its scale, since resvg ignores vector-effect", () => {
    const mark: Mark = { key: "route", tag: "path", attrs: { d: "M0,0L100,0", transform: "matrix(0.5 0 0 0.5 10 20)", "vector-effect": "non-scaling-stroke", "stroke-width": 3, "stroke-dasharray": "7 4" } };
    expect(withoutNonScalingStrokes([mark])).toEqual([{ key: "route", tag: "path", attrs: { d: "M0,0L100,0", transform: "matrix(0.5 0 0 0.5 10 20)", "stroke-width": 6, "stroke-dasharray": "14 8" } }]);
  });

  it("leaves other marks as they are, and refuses a transform it cannot undo", () => {
    const plain: Mark = { key: "line", tag: "line", attrs: { x1: 0, x2: 1, y1: 0, y2: 1, "stroke-width": 3 } };
    expect(withoutNonScalingStrokes([plain])).toEqual([plain]);
    expect(() => withoutNonScalingStrokes([{ key: "odd", tag: "path", attrs: { d: "M0,0", transform: "matrix(1 0 0 2 0 0)", "vector-effect": "non-scaling-stroke" } }])).toThrow(/uniform/);
  });

  it("leaves no non-scaling stroke in the routes map's card", () => {
    const marks = withoutNonScalingStrokes(routesMapChart(routesMap(dataset()), "overview", { width: 1104, height: 470 }).marks);
    expect(marks.filter((m) => "vector-effect" in m.attrs)).toEqual([]);
    expect(marks.find((m) => m.key === "route-lianyungang-almaty")!.attrs["stroke-width"]).toBeGreaterThan(3);
  });
});
