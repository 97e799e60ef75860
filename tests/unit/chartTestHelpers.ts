import { expect } from "vitest";
import type { ChartModel, Mark, Size } from "../../src/charts/marks.ts";

export const desktop: Size = { width: 640, height: 440 };
export const phone: Size = { width: 360, height: 360 };

export const textOf = (model: ChartModel, key: string) => model.marks.find((m) => m.key === key)?.text;
export const keysOf = (model: ChartModel) => model.marks.map((m) => m.key);
export const markOf = (model: ChartModel, key: string) => model.marks.find((m) => m.key === key);

/** Number of points in a path's d string: one per M or L command. */
export const pointCount = (mark: Mark | undefined) => String(mark?.attrs.d ?? "").match(/[ML]/g)?.length ?? 0;

/**
 * A path's transform as scale and offset: translate(dx,dy), or matrix(a 0 0 d e f), which scales by
 * a and d and then moves by e and f. Rotation and skew are not read: the charts do not use them.
 */
function pathTransform(mark: Mark): { sx: number; sy: number; dx: number; dy: number } {
  const transform = String(mark.attrs.transform ?? "");
  const number = "(-?[\\d.]+(?:e-?\\d+)?)";
  const translate = new RegExp(`translate\\(${number}[ ,]+${number}\\)`).exec(transform);
  if (translate) return { sx: 1, sy: 1, dx: Number(translate[1]), dy: Number(translate[2]) };
  const matrix = new RegExp(`matrix\\(${number}[ ,]+${number}[ ,]+${number}[ ,]+${number}[ ,]+${number}[ ,]+${number}\\)`).exec(transform);
  if (matrix) {
    const [a, b, c, d, e, f] = matrix.slice(1).map(Number) as [number, number, number, number, number, number];
    expect([b, c], `${mark.key}: a matrix that rotates or skews`).toEqual([0, 0]);
    return { sx: a, sy: d, dx: e, dy: f };
  }
  expect(transform, `${mark.key}: a transform the helpers cannot read`).toBe("");
  return { sx: 1, sy: 1, dx: 0, dy: 0 };
}

/** Absolute coordinate pairs of a path, in screen coordinates: moved and scaled by its transform if it has one. */
function pathPoints(mark: Mark): [number, number][] {
  const { sx, sy, dx, dy } = pathTransform(mark);
  const numbers =
    String(mark.attrs.d)
      .match(/-?\d+(\.\d+)?(e-?\d+)?/g)
      ?.map(Number) ?? [];
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([sx * numbers[i]! + dx, sy * numbers[i + 1]! + dy]);
  return pairs;
}

/**
 * Rough width of a label: 0.55 em a character (0.6 in bold) is about the average of system
 * sans-serif faces for mixed text, so a label this estimate puts outside the chart would overflow.
 */
const textWidth = (mark: Mark) =>
  (mark.text ?? "").length * Number(mark.attrs["font-size"] ?? 13) * (mark.attrs["font-weight"] === 700 ? 0.6 : 0.55);

/** Every mark, and the estimated extent of every label, lies inside the drawing area. */
export function expectInside(model: ChartModel, size: Size, label: string): void {
  const within = (value: number, max: number, what: string) => {
    expect(value, what).toBeGreaterThanOrEqual(-0.5);
    expect(value, what).toBeLessThanOrEqual(max + 0.5);
  };
  for (const mark of model.marks) {
    const where = `${label} ${mark.key}`;
    const a = mark.attrs;
    for (const attr of ["x", "x1", "x2", "cx"] as const) if (attr in a) within(Number(a[attr]), size.width, `${where} ${attr}`);
    for (const attr of ["y", "y1", "y2", "cy"] as const) if (attr in a) within(Number(a[attr]), size.height, `${where} ${attr}`);
    if (mark.tag === "rect") {
      within(Number(a.x) + Number(a.width), size.width, `${where} right edge`);
      within(Number(a.y) + Number(a.height), size.height, `${where} bottom edge`);
    }
    if (mark.tag === "path") {
      for (const [x, y] of pathPoints(mark)) {
        within(x, size.width, `${where} path x`);
        within(y, size.height, `${where} path y`);
      }
    }
    if (mark.tag === "text") {
      const x = Number(a.x);
      const w = textWidth(mark);
      const anchor = a["text-anchor"] ?? "start";
      const [left, right] = anchor === "end" ? [x - w, x] : anchor === "middle" ? [x - w / 2, x + w / 2] : [x, x + w];
      within(left, size.width, `${where} "${mark.text}" left end`);
      within(right, size.width, `${where} "${mark.text}" right end`);
    }
  }
}

/**
 * A mark in more than one state keeps its tag and its attribute names, so transitions move it
 * rather than replace it, and no attribute from one state lingers in the next (the browser only
 * sets attributes, it never removes them).
 */
export function expectStableKeys(models: ChartModel[]): void {
  const shapes = new Map<string, string>();
  for (const model of models) {
    for (const mark of model.marks) {
      const shape = `${mark.tag}: ${Object.keys(mark.attrs).sort().join(" ")}`;
      const seen = shapes.get(mark.key);
      if (seen) expect(shape, mark.key).toBe(seen);
      shapes.set(mark.key, shape);
    }
    expect(new Set(keysOf(model)).size, "keys are unique within a state").toBe(model.marks.length);
  }
}
