import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { boxesOverlap, coveredMark, textBox } from "../../src/charts/labelSpace.ts";
import type { Size } from "../../src/charts/marks.ts";

/**
 * The sizes a chart's plot is drawn at, measured in Chromium on the built chapters (the browser redraws
 * each chart at its plot's size): a phone at 360 x 640 (the smallest plot, under a three-line title) and
 * 390 x 844, a tablet at 768 x 1024, a laptop at 1280 x 720 and 1280 x 800; and the two sizes the build
 * draws (the static SVG, and the copy each step carries for readers without scripts).
 */
const sizes: Record<string, Size> = {
  "360 x 640 (phone)": { width: 328, height: 206 },
  "390 x 844 (phone)": { width: 358, height: 317 },
  "768 x 1024 (tablet)": { width: 736, height: 417 },
  "1280 x 720 (laptop)": { width: 704, height: 528 },
  "1280 x 800 (laptop)": { width: 704, height: 608 },
  "static SVG": { width: 640, height: 440 },
  "no-script step copy": { width: 420, height: 340 },
};

/**
 * A chart with a reporter switch has the switch's row above its plot, and every reporter's note below it (which
 * the plot leaves room for beside the steps): smaller plots, measured the same way (the smallest of the charts with one).
 */
const switchSizes: Record<string, Size> = {
  "360 x 640 (phone), with the switch": { width: 328, height: 172 },
  "390 x 844 (phone), with the switch": { width: 358, height: 262 },
  "1280 x 720 (laptop), with the switch": { width: 704, height: 300 },
  "1280 x 800 (laptop), with the switch": { width: 704, height: 380 },
};

/** Every chart in every state at every size, under each reporter its switch offers (Kazakhstan's figures alone for the others). */
const cases = Object.entries(chartDefinitions).flatMap(([chart, definition]) => {
  const reporters = definition.reporters.length > 0 ? definition.reporters : (["kazakhstan"] as const);
  const drawnAt = definition.reporters.length > 0 ? { ...sizes, ...switchSizes } : sizes;
  return reporters.flatMap((reporter) =>
    definition.states.flatMap((state) =>
      Object.entries(drawnAt).map(([where, size]) => ({
        chart: reporter === "kazakhstan" ? chart : `${chart} (${reporter})`,
        state,
        where,
        size,
        draw: () => definition.draw(state, size, reporter),
      })),
    ),
  );
});

describe("labels never collide", () => {
  it.each(cases)("$chart, $state, at $where: no label over another label, or over a mark it does not name", ({ draw }) => {
    const { marks } = draw();
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
    expect(problems).toEqual([]);
  });
});

/** The point a figure label names: value-<key> names dot-<key>; China's own figure names the dashed dot. */
const pointKeyOf = (labelKey: string) =>
  labelKey === "mirror-label" ? "mirror-dot" : labelKey.startsWith("value-") ? `dot-${labelKey.slice("value-".length)}` : undefined;

describe("a figure away from its point says what it is", () => {
  it.each(cases)(
    "$chart, $state, at $where: a figure label more than three steps from its point names whose figure and which year",
    ({ draw }) => {
      const { marks } = draw();
      const problems = marks.flatMap((label) => {
        const key = label.tag === "text" ? pointKeyOf(label.key) : undefined;
        const point = key ? marks.find((m) => m.key === key && m.tag === "circle") : undefined;
        if (!point) return [];
        const box = textBox(label);
        const [cx, cy] = [Number(point.attrs.cx), Number(point.attrs.cy)];
        const dx = Math.max(box.left - cx, 0, cx - box.right);
        const dy = Math.max(box.top - cy, 0, cy - box.bottom);
        // aroundPoint's farthest places are three 8 px steps out; past that a bare "$23.9bn" names nothing.
        return Math.hypot(dx, dy) > 3 * 8 + 8 && !/[A-Za-z].*\b(19|20)\d\d\b/.test(label.text ?? "")
          ? [`"${label.text}" (${label.key}) is ${Math.round(Math.hypot(dx, dy))} px from its point`]
          : [];
      });
      expect(problems).toEqual([]);
    },
  );
});

describe("shaded bands lie under the words", () => {
  it.each(cases)("$chart, $state, at $where: no shaded band is drawn over a label it overlaps", ({ draw }) => {
    const { marks } = draw();
    const problems = marks.flatMap((band, b) => {
      if (band.tag !== "rect" || !/band/.test(String(band.attrs.class ?? ""))) return [];
      const [left, top] = [Number(band.attrs.x), Number(band.attrs.y)];
      const box = { left, top, right: left + Number(band.attrs.width), bottom: top + Number(band.attrs.height) };
      return marks
        .map((label, t) => ({ label, t }))
        .filter(({ label, t }) => label.tag === "text" && t < b && boxesOverlap(textBox(label), box))
        .map(({ label }) => `${band.key} is drawn over "${label.text}" (${label.key})`);
    });
    expect(problems).toEqual([]);
  });
});

describe("labels read in order", () => {
  // A text browser and a screen reader read an SVG's texts in document order: "China's | Russia | count, to 2020" was
  // what they met when a line label's note was drawn after every label.
  it.each(cases)("$chart, $state, at $where: each label's note is the next text after its label", ({ draw }) => {
    const texts = draw().marks.filter((m) => m.tag === "text");
    const keys = new Set(texts.map((m) => m.key));
    // A note of a label: "<label key>-note" (an annotation of its own, like "ahead-note", names no label).
    const labelOf = (key: string) => (key.endsWith("-note") && keys.has(key.slice(0, -5)) ? key.slice(0, -5) : undefined);
    const misplaced = texts.flatMap((mark, i) => {
      const label = labelOf(mark.key);
      return label && texts[i - 1]?.key !== label ? [`${mark.key} after ${texts[i - 1]?.key}`] : [];
    });
    expect(misplaced).toEqual([]);
  });
});
