import type { Mark } from "./marks.ts";

/**
 * The room a chart's marks take, for placing labels where they cover nothing and for testing that
 * they do not (tests/unit/labelCollisions.test.ts). Text boxes are estimated the way
 * tests/unit/chartTestHelpers.ts estimates them: 0.55 em a character (0.6 in bold), about the
 * average of system sans-serif faces for mixed text, from 0.75 em above the baseline to 0.22 em below.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Shape =
  | { kind: "segment"; x1: number; y1: number; x2: number; y2: number; pad: number }
  | { kind: "circle"; cx: number; cy: number; r: number }
  | { kind: "box"; box: Box };

const num = (value: string | number | undefined, fallback = 0) => (value === undefined ? fallback : Number(value));

/**
 * The estimated box of a text mark at (x, y) with its anchor. `wide` counts a Cyrillic letter at 0.66 em (0.73 in
 * bold), as the widest common face (DejaVu Sans) sets the Russian and Kazakh alphabets, against 0.56 for the Latin.
 * placeLabel() tries that first, so that Russian and Kazakh labels keep off their neighbours, which they overran in
 * the browser at Latin widths (tests/e2e/chartWords.spec.ts measures them). English is the same either way.
 */
export function textBox(mark: Mark, wide = false): Box {
  const a = mark.attrs;
  const fontSize = num(a["font-size"], 13);
  const bold = Number(a["font-weight"] ?? 400) >= 600;
  const text = mark.text ?? "";
  const cyrillic = wide ? (text.match(/[\u0400-\u04ff]/g)?.length ?? 0) : 0;
  const width = fontSize * ((text.length - cyrillic) * (bold ? 0.6 : 0.55) + cyrillic * (bold ? 0.73 : 0.66));
  const x = num(a.x);
  const y = num(a.y);
  const anchor = a["text-anchor"] ?? "start";
  const left = anchor === "end" ? x - width : anchor === "middle" ? x - width / 2 : x;
  return { left, right: left + width, top: y - 0.75 * fontSize, bottom: y + 0.22 * fontSize };
}

/**
 * The room another text takes. A break's name across the top of the plot keeps 2 px clear below it too: a figure set
 * just under it touched it in the browser ("МВФ|Бюро" over "$27,1 млрд").
 */
function keepOff(mark: Mark, wide: boolean): Box {
  const box = textBox(mark, wide);
  const breakName = /break-label/.test(String(mark.attrs.class ?? "")) || mark.key === "series-break-label";
  return breakName ? { ...box, bottom: box.bottom + 2 } : box;
}

/** Boxes that share area (touching edges, or less than `slack` px of overlap, do not count). */
export function boxesOverlap(a: Box, b: Box, slack = 0.5): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
}

/** A path's transform as scale and offset (translate, or a matrix that only scales and moves). */
function transformOf(mark: Mark): (x: number, y: number) => [number, number] {
  const t = String(mark.attrs.transform ?? "");
  const n = t.match(/-?[\d.]+(?:e-?\d+)?/g)?.map(Number) ?? [];
  if (t.startsWith("translate")) return (x, y) => [x + (n[0] ?? 0), y + (n[1] ?? 0)];
  if (t.startsWith("matrix")) return (x, y) => [n[0]! * x + n[4]!, n[3]! * y + n[5]!];
  return (x, y) => [x, y];
}

/** The straight pieces of a path drawn with M, L, H, V and Z (what the charts draw), in screen pixels. */
function pathSegments(mark: Mark): [number, number, number, number][] {
  const at = transformOf(mark);
  const segments: [number, number, number, number][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of String(mark.attrs.d ?? "").matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
    const n = args!.match(/-?[\d.]+(?:e-?\d+)?/g)?.map(Number) ?? [];
    const to = (nx: number, ny: number, draw: boolean) => {
      if (draw) segments.push([...at(x, y), ...at(nx, ny)]);
      [x, y] = [nx, ny];
    };
    switch (command) {
      case "M":
      case "m":
        for (let i = 0; i + 1 < n.length; i += 2) {
          const rel = command === "m";
          to(rel ? x + n[i]! : n[i]!, rel ? y + n[i + 1]! : n[i + 1]!, i > 0);
          if (i === 0) [startX, startY] = [x, y];
        }
        break;
      case "L":
      case "l":
        for (let i = 0; i + 1 < n.length; i += 2)
          to(command === "l" ? x + n[i]! : n[i]!, command === "l" ? y + n[i + 1]! : n[i + 1]!, true);
        break;
      case "H":
      case "h":
        for (const v of n) to(command === "h" ? x + v : v, y, true);
        break;
      case "V":
      case "v":
        for (const v of n) to(x, command === "v" ? y + v : v, true);
        break;
      default:
        to(startX, startY, true);
    }
  }
  return segments;
}

/**
 * Whether a mark is one a label must keep clear of: the data itself (series lines, routes, points,
 * markers, bars, brackets, reference lines). Grids, axes, rules, bands and land lie behind labels.
 */
export function isDataMark(mark: Mark): boolean {
  const cls = String(mark.attrs.class ?? "");
  if (mark.tag === "circle") return true;
  if (mark.tag === "rect") return /\bbar\b/.test(cls);
  if (mark.tag === "line") return /\breference\b/.test(cls);
  if (mark.tag === "path") return /\b(series|route|arrowhead|forecast|bracket)\b/.test(cls);
  return false;
}

/** The room a data mark takes, as shapes; lines and outlines keep half their stroke width each side. */
export function shapesOf(mark: Mark): Shape[] {
  const a = mark.attrs;
  const pad = num(a["stroke-width"], 1) / 2;
  if (mark.tag === "circle") return [{ kind: "circle", cx: num(a.cx), cy: num(a.cy), r: num(a.r) + num(a["stroke-width"], 0) / 2 }];
  if (mark.tag === "rect")
    return [{ kind: "box", box: { left: num(a.x), top: num(a.y), right: num(a.x) + num(a.width), bottom: num(a.y) + num(a.height) } }];
  if (mark.tag === "line") return [{ kind: "segment", x1: num(a.x1), y1: num(a.y1), x2: num(a.x2), y2: num(a.y2), pad }];
  if (mark.tag === "path") {
    const segments = pathSegments(mark).map(([x1, y1, x2, y2]) => ({ kind: "segment" as const, x1, y1, x2, y2, pad }));
    // A filled closed shape (a diamond, an arrowhead) also covers its inside: its bounding box.
    if (/\b(arrowhead|forecast)\b/.test(String(a.class)) && segments.length) {
      const xs = segments.flatMap((s) => [s.x1, s.x2]);
      const ys = segments.flatMap((s) => [s.y1, s.y2]);
      return [
        {
          kind: "box",
          box: { left: Math.min(...xs) - pad, top: Math.min(...ys) - pad, right: Math.max(...xs) + pad, bottom: Math.max(...ys) + pad },
        },
      ];
    }
    return segments;
  }
  return [];
}

/** Whether a segment crosses a box (Liang-Barsky clipping against the box grown by the stroke). */
function segmentHitsBox(s: { x1: number; y1: number; x2: number; y2: number; pad: number }, b: Box): boolean {
  const [left, right, top, bottom] = [b.left - s.pad, b.right + s.pad, b.top - s.pad, b.bottom + s.pad];
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, s.x1 - left],
    [dx, right - s.x1],
    [-dy, s.y1 - top],
    [dy, bottom - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 <= t1;
}

/** Whether a shape covers any of a box, shrunk by `slack` px so that a touch does not count. */
export function shapeHitsBox(shape: Shape, box: Box, slack = 0.5): boolean {
  const b = { left: box.left + slack, right: box.right - slack, top: box.top + slack, bottom: box.bottom - slack };
  if (shape.kind === "box") return boxesOverlap(shape.box, b, 0);
  if (shape.kind === "circle") {
    const nx = Math.max(b.left, Math.min(shape.cx, b.right));
    const ny = Math.max(b.top, Math.min(shape.cy, b.bottom));
    return (nx - shape.cx) ** 2 + (ny - shape.cy) ** 2 < shape.r ** 2;
  }
  return segmentHitsBox(shape, b);
}

/** Whether a label names a mark, so may lie along it: "value-china" and "label-china" name "line-china"; "reference-label" names "reference". */
export function labelNames(label: Mark, mark: Mark): boolean {
  if (mark.tag === "circle" || /\b(forecast|arrowhead)\b/.test(String(mark.attrs.class))) return false;
  if (label.key === `${mark.key}-label`) return true;
  const of = (key: string) => key.replace(/^[a-z]+-/, "").replace(/-\d+$/, "");
  return /^(line|route)-/.test(mark.key) && of(label.key) === of(mark.key);
}

/** The first data mark a text box would cover, other than those the label names; undefined if none. */
export function coveredMark(label: Mark, box: Box, marks: readonly Mark[]): Mark | undefined {
  return marks.find((m) => isDataMark(m) && !labelNames(label, m) && shapesOf(m).some((s) => shapeHitsBox(s, box)));
}

/**
 * First a place clear of other words at their widest (Cyrillic in a wide face); failing that, one clear at the usual
 * widths, rather than leave the label out.
 */
const WIDEST_FIRST = [true, false] as const;

/**
 * Places a label at the first of `candidates` (attribute sets: x, y, text-anchor) where it covers
 * no other text, no data mark it does not name, and stays inside `bounds`; returns the label with
 * those attributes, or undefined if none is clear: the chart then leaves it out (the table has the
 * figure) rather than draw it over something.
 */
export function placeLabel(
  label: Mark,
  candidates: readonly Mark["attrs"][],
  marks: readonly Mark[],
  bounds: Box,
  widths: readonly boolean[] = WIDEST_FIRST,
): Mark | undefined {
  for (const wide of widths) {
    for (const attrs of candidates) {
      const placed: Mark = { ...label, attrs: { ...label.attrs, ...attrs } };
      const box = textBox(placed);
      if (box.left < bounds.left || box.right > bounds.right || box.top < bounds.top || box.bottom > bounds.bottom) continue;
      const words = textBox(placed, wide);
      if (marks.some((m) => m.tag === "text" && m.key !== label.key && boxesOverlap(keepOff(m, wide), words))) continue;
      if (coveredMark(placed, box, marks)) continue;
      return placed;
    }
  }
  return undefined;
}

/**
 * Places labels one after another, each clear of the marks and of the labels placed before it,
 * adding each to `marks`; returns whether it was placed. A label with no clear place is left out.
 */
export function pushPlaced(marks: Mark[], label: Mark, candidates: readonly Mark["attrs"][], bounds: Box): boolean {
  const placed = placeLabel(label, candidates, marks, bounds);
  if (placed) marks.push(placed);
  return placed !== undefined;
}

/**
 * The last year under the axis, centred on its tick, reaches into the right margin; where the lines' labels stacked
 * there come down that far (a partner's view, with notes, on a phone), it ends at its tick instead.
 */
export function tuckLastTick(marks: Mark[], key: string): void {
  const i = marks.findIndex((m) => m.key === key);
  const tick = marks[i];
  if (!tick) return;
  const box = textBox(tick, true);
  if (!marks.some((m) => m.tag === "text" && m !== tick && boxesOverlap(textBox(m, true), box))) return;
  marks[i] = { ...tick, attrs: { ...tick.attrs, x: Math.round((num(tick.attrs.x) + 4) * 10) / 10, "text-anchor": "end" } };
}

/**
 * Places for a label beside a point at (x, y), `gap` px from it, in order of preference: left,
 * right, above and below (to either side), then the same twice and three times as far out (up to `reach`
 * times): no further by default, or a label may end up beside another point and be read as naming it.
 */
export function aroundPoint(x: number, y: number, fontSize: number, gap = 8, reach = 3): Mark["attrs"][] {
  const r = (v: number) => Math.round(v * 10) / 10;
  const middle = y + fontSize * 0.35;
  return Array.from({ length: reach }, (_, i) => i + 1).flatMap((k) => {
    const g = gap * k;
    return [
      { x: r(x - g), y: r(middle), "text-anchor": "end" },
      { x: r(x + g), y: r(middle), "text-anchor": "start" },
      { x: r(x - g / 2), y: r(y - g), "text-anchor": "end" },
      { x: r(x + g / 2), y: r(y - g), "text-anchor": "start" },
      { x: r(x - g / 2), y: r(y + g + fontSize * 0.75), "text-anchor": "end" },
      { x: r(x + g / 2), y: r(y + g + fontSize * 0.75), "text-anchor": "start" },
    ];
  });
}

/**
 * A figure beside its point where one of `near` is clear; else, in the read-out rows at the top of the
 * plot, under its longer text `readOut`, which names whose figure and which year it is (a bare "$23.9bn" far
 * from its point names nothing); else left out for the table.
 */
export function pushNearOrReadOut(
  marks: Mark[],
  label: Mark,
  near: readonly Mark["attrs"][],
  readOut: string,
  plot: Box,
  fontSize: number,
  bounds: Box,
): boolean {
  const readOutLabel: Mark = { ...label, text: readOut, attrs: { ...label.attrs, "text-anchor": "start" } };
  // Beside its point or read out, clear at the widest widths, before either at the usual ones.
  for (const wide of WIDEST_FIRST) {
    const placed =
      placeLabel(label, near, marks, bounds, [wide]) ?? placeLabel(readOutLabel, topSlots(plot, fontSize), marks, bounds, [wide]);
    if (placed) {
      marks.push(placed);
      return true;
    }
  }
  return false;
}

/**
 * Last-resort places for a figure with no clear place beside its point: rows across the top of the
 * plot, left to right, where it reads as a key (its colour and words name what it is).
 */
export function topSlots(plot: Box, fontSize: number, rows = 4, columns = 6): Mark["attrs"][] {
  const r = (v: number) => Math.round(v * 10) / 10;
  // Down each column first, so that figures left out of their places stack as one read-out.
  return Array.from({ length: columns }, (_, column) =>
    Array.from({ length: rows }, (_, row) => ({
      x: r(plot.left + 6 + (column * (plot.right - plot.left)) / columns),
      y: r(plot.top + fontSize + 2 + row * (fontSize + 5)),
      "text-anchor": "start",
    })),
  ).flat();
}
