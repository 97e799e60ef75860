import { boxesOverlap, coveredMark, textBox } from "../../src/charts/labelSpace.ts";
import type { ChartModel, Size } from "../../src/charts/marks.ts";

/**
 * The label checks of tests/unit/labelCollisions.test.ts as functions of a drawn chart, for tests that draw
 * charts in other editions or at other sizes (tests/unit/bilateralLabelCollisionsEditions.test.ts). Each returns the
 * problems it finds, in words; none is a pass.
 */

/** The sizes a chart's plot is drawn at (see labelCollisions.test.ts, where they were measured). */
export const plotSizes: Record<string, Size> = {
  "360 x 640 (phone)": { width: 328, height: 206 },
  "390 x 844 (phone)": { width: 358, height: 317 },
  "768 x 1024 (tablet)": { width: 736, height: 417 },
  "1280 x 720 (laptop)": { width: 704, height: 528 },
  "1280 x 800 (laptop)": { width: 704, height: 608 },
  "static SVG": { width: 640, height: 440 },
  "no-script step copy": { width: 420, height: 340 },
};

/** The smaller plots of a chart with a reporter switch (its row above the plot, every reporter's note below). */
export const switchPlotSizes: Record<string, Size> = {
  "360 x 640 (phone), with the switch": { width: 328, height: 172 },
  "390 x 844 (phone), with the switch": { width: 358, height: 262 },
  "1280 x 720 (laptop), with the switch": { width: 704, height: 300 },
  "1280 x 800 (laptop), with the switch": { width: 704, height: 380 },
};

/** No label over another label, or over a data mark it does not name. */
export function collisions({ marks }: ChartModel): string[] {
  const labels = marks.filter((m) => m.tag === "text" && (m.text ?? "") !== "");
  const problems: string[] = [];
  labels.forEach((label, i) => {
    const box = textBox(label);
    for (const other of labels.slice(i + 1)) {
      if (boxesOverlap(box, textBox(other))) problems.push(`"${label.text}" (${label.key}) overlaps "${other.text}" (${other.key})`);
    }
    const covered = coveredMark(label, box, marks);
    if (covered) problems.push(`"${label.text}" (${label.key}) lies over ${covered.tag} ${covered.key}`);
  });
  return problems;
}

/** The point a figure label names: value-<key> names dot-<key>; China's own figure names the dashed dot. */
const pointKeyOf = (labelKey: string) =>
  labelKey === "mirror-label" ? "mirror-dot" : labelKey.startsWith("value-") ? `dot-${labelKey.slice("value-".length)}` : undefined;

/** A figure label more than three steps from its point names whose figure and which year (in any script). */
export function farFigures({ marks }: ChartModel): string[] {
  return marks.flatMap((label) => {
    const key = label.tag === "text" ? pointKeyOf(label.key) : undefined;
    const point = key ? marks.find((m) => m.key === key && m.tag === "circle") : undefined;
    if (!point) return [];
    const box = textBox(label);
    const [cx, cy] = [Number(point.attrs.cx), Number(point.attrs.cy)];
    const dx = Math.max(box.left - cx, 0, cx - box.right);
    const dy = Math.max(box.top - cy, 0, cy - box.bottom);
    return Math.hypot(dx, dy) > 3 * 8 + 8 && !/\p{L}.*\b(19|20)\d\d\b/u.test(label.text ?? "")
      ? [`"${label.text}" (${label.key}) is ${Math.round(Math.hypot(dx, dy))} px from its point`]
      : [];
  });
}

/** No shaded band drawn over a label it overlaps. */
export function bandsOverWords({ marks }: ChartModel): string[] {
  return marks.flatMap((band, b) => {
    if (band.tag !== "rect" || !/band/.test(String(band.attrs.class ?? ""))) return [];
    const [left, top] = [Number(band.attrs.x), Number(band.attrs.y)];
    const box = { left, top, right: left + Number(band.attrs.width), bottom: top + Number(band.attrs.height) };
    return marks
      .map((label, t) => ({ label, t }))
      .filter(({ label, t }) => label.tag === "text" && t < b && boxesOverlap(textBox(label), box))
      .map(({ label }) => `${band.key} is drawn over "${label.text}" (${label.key})`);
  });
}

/** How far a text mark's estimated box reaches past the drawing's edges, in px (0 inside). */
const overreach = (m: ChartModel["marks"][number], { width, height }: Size) => {
  const box = textBox(m);
  return Math.max(0, -box.left, box.right - width, -box.top, box.bottom - height);
};

/**
 * A translated label reaching further past the drawing's edges than the same label in English, by more than
 * `slack` px (the page shows a little past the SVG's edge, and the English already uses it; a translation may
 * not make a label run further off).
 */
export function furtherOut(model: ChartModel, english: ChartModel, slack = 6): string[] {
  return model.marks.flatMap((m) => {
    if (m.tag !== "text" || !m.text) return [];
    const en = english.marks.find((e) => e.key === m.key && e.tag === "text");
    const allowed = (en ? overreach(en, english) : 0) + slack;
    const out = overreach(m, model);
    return out > allowed
      ? [`"${m.text}" (${m.key}) reaches ${Math.round(out)} px past the edge (English: ${Math.round(allowed - slack)} px)`]
      : [];
  });
}
