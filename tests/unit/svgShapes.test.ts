import * as d3 from "d3-shape";
import { describe, expect, it } from "vitest";
import { area, line, symbol, symbolDiamond } from "../../src/lib/svgShapes.ts";

/** A seeded random source, so a failure names data that can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

interface Point {
  x: number;
  y: number;
  base: number;
  ok: boolean;
}

/** Points with coordinates of every kind the charts give (fractions, negatives, whole numbers) and gaps. */
function points(seed: number, n: number, gapEvery: number): Point[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => ({
    x: i * 37.123456 + r(),
    y: (r() - 0.3) * 400,
    base: r() < 0.2 ? 0 : r() * 300,
    ok: gapEvery === 0 || r() > 1 / gapEvery,
  }));
}

const datasets = [
  points(1, 0, 0),
  points(2, 1, 0),
  points(3, 2, 0),
  points(4, 30, 0),
  points(5, 30, 3),
  points(6, 30, 2),
  points(7, 5, 1.5),
  [
    { x: 0, y: -0.04, base: -0.0004, ok: true },
    { x: 1e-7, y: 1e21, base: 2.5, ok: false },
    { x: 2.25, y: 0.05, base: 0.15, ok: true },
  ],
];

describe("line, area and diamond as d3-shape draws them (the browser ships these instead)", () => {
  it.each(datasets.map((data, i) => [i, data] as const))("line over dataset %i, with and without gaps, at every precision", (_i, data) => {
    for (const digits of [null, 0, 1, 3, 16]) {
      const ours = line<Point>()
        .x((p) => p.x)
        .y((p) => p.y)
        .digits(digits);
      const theirs = d3
        .line<Point>()
        .x((p) => p.x)
        .y((p) => p.y)
        .digits(digits!);
      expect(ours(data)).toBe(theirs(data));
      expect(ours.defined((p) => p.ok)(data)).toBe(theirs.defined((p) => p.ok)(data));
    }
    const pairs = data.map((p) => [p.x, p.y] as [number, number]);
    expect(line<[number, number]>()(pairs)).toBe(d3.line()(pairs));
  });

  it.each(datasets.map((data, i) => [i, data] as const))("area over dataset %i, with and without gaps, at every precision", (_i, data) => {
    for (const digits of [null, 0, 1, 3, 16]) {
      const ours = area<Point>()
        .x((p) => p.x)
        .y0((p) => p.base)
        .y1((p) => p.y)
        .digits(digits);
      const theirs = d3
        .area<Point>()
        .x((p) => p.x)
        .y0((p) => p.base)
        .y1((p) => p.y)
        .digits(digits!);
      expect(ours(data)).toBe(theirs(data));
      expect(ours.defined((p) => p.ok)(data)).toBe(theirs.defined((p) => p.ok)(data));
    }
  });

  it("diamond symbols of any size", () => {
    for (const size of [1, 64, 90, 123.456, 1000]) expect(symbol(symbolDiamond, size)()).toBe(d3.symbol(d3.symbolDiamond, size)());
    expect(symbol(symbolDiamond)()).toBe(d3.symbol(d3.symbolDiamond)());
  });

  it("refuses digits d3 refuses", () => {
    expect(() => line().digits(-1)).toThrow(RangeError);
    expect(() => d3.line().digits(-1)).toThrow(RangeError);
  });
});
