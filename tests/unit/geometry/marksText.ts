import type { Mark } from "../../../src/charts/marks.ts";
import type { ChartCase } from "./chartCases.ts";

/**
 * A chart's marks as text, one mark a line, for the geometry snapshots (tests/unit/geometry/__snapshots__).
 * Numbers are rounded to 0.1 px, in attributes and inside path data and transforms, in the manner of
 * d3-shape's pathEqual test helper: float noise does not fail a snapshot, a moved point or label does.
 */

/** Any number as SVG writes it: 12, -3.5, .5, 1e-7. */
const NUMBER = /[-+]?(?:\d+\.\d+|\d+\.|\.\d+|\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Attributes whose string value is geometry (a list of numbers): their numbers are rounded too. A transform
 * keeps three decimals, since its scale multiplies every point of a path (the map's outlines).
 */
const GEOMETRY: Record<string, number> = { d: 1, points: 1, "stroke-dasharray": 1, transform: 3 };

/** A number rounded to `decimals` places (0.1 unless said), with no "-0". */
export function roundNumber(value: number, decimals = 1): string {
  const rounded = Math.round(value * 10 ** decimals) / 10 ** decimals;
  return String(rounded === 0 ? 0 : rounded);
}

/** Path data (or any list of numbers) with every number rounded to 0.1 (or to `decimals` places). */
export const normalisePath = (d: string, decimals = 1): string => d.replace(NUMBER, (n) => roundNumber(Number(n), decimals));

/** Numeric attributes in pixels, kept to 0.1; the others (opacities, stroke widths, font sizes) keep two decimals. */
const PIXELS = new Set(["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "dx", "dy"]);

function attrText(name: string, value: string | number): string {
  if (typeof value === "number") return `${name}=${roundNumber(value, PIXELS.has(name) ? 1 : 2)}`;
  const decimals = GEOMETRY[name];
  return `${name}=${JSON.stringify(decimals === undefined ? value : normalisePath(value, decimals))}`;
}

/** Path data one command a line, indented under its mark and naming it, so a diff names the point that moved. */
const pathLines = (key: string, d: string): string[] =>
  normalisePath(d)
    .split(/(?=[MLHVCSQTAZmlhvcsqtaz])/)
    .map((command) => `    ${key} ${command}`);

/**
 * One mark: tag, key, its text if it has one, then its attributes in name order on one line; a path's data
 * follows on its own lines, one command each, led by the path's key.
 */
export function markLines(mark: Mark): string[] {
  const attrs = Object.keys(mark.attrs)
    .sort()
    .filter((name) => name !== "d")
    .map((name) => attrText(name, mark.attrs[name]!));
  const text = mark.text === undefined ? [] : [JSON.stringify(mark.text)];
  const head = [mark.tag, mark.key, ...text, ...attrs].join(" ");
  return mark.attrs.d === undefined ? [head] : [`${head} d:`, ...pathLines(mark.key, String(mark.attrs.d))];
}

/** Every case of one chart, each under a heading naming its state and size, marks in drawing order. */
export function marksText(cases: ChartCase[]): string {
  return cases
    .map(({ chart, state, size, model }) =>
      [
        `## ${chart} / ${state} / ${size.width}x${size.height} (drawn ${model.width}x${model.height})`,
        ...model.marks.flatMap(markLines),
      ].join("\n"),
    )
    .join("\n\n")
    .concat("\n");
}
