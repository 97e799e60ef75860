import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { boxesOverlap, coveredMark, textBox } from "../../src/charts/labelSpace.ts";
import type { ChartModel, Size } from "../../src/charts/marks.ts";

/**
 * The label-collision checks of labelCollisions.test.ts, for the Russian and Kazakh editions of the charts whose
 * words are translated here (gdp-growth, export-composition, deals-timeline, routes-map): their labels are up to a
 * third longer, so they must still find room, at the same real sizes (measured in Chromium on the built chapters).
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

const charts = ["gdp-growth", "export-composition", "deals-timeline", "routes-map"];
const editions = ["ru", "kk"] as const;

const cases = editions.flatMap((edition) =>
  charts.flatMap((chart) =>
    chartDefinitions[chart]!.states.flatMap((state) =>
      Object.entries(sizes).map(([where, size]) => ({
        chart: `${chart} (${edition})`,
        state,
        where,
        size,
        draw: () => chartDefinitions[chart]!.draw(state, size, undefined, edition),
        english: () => chartDefinitions[chart]!.draw(state, size),
      })),
    ),
  ),
);

const labelsOf = (model: ChartModel) => model.marks.filter((m) => m.tag === "text" && (m.text ?? "") !== "");

describe("labels never collide, in Russian and Kazakh", () => {
  it.each(cases)("$chart, $state, at $where: no label over another label, or over a mark it does not name", ({ draw }) => {
    const { marks } = draw();
    const labels = labelsOf({ width: 0, height: 0, marks, summary: "" });
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

  // Inside as the English is: its baseline inside the drawing, and its ends no further out than the English label's
  // (a few English labels already reach a pixel or two past the estimate at the narrowest phone).
  it.each(cases)("$chart, $state, at $where: every label stays inside the drawing, as the English does", ({ draw, english, size }) => {
    const englishBoxes = new Map(labelsOf(english()).map((m) => [m.key, textBox(m)]));
    const problems = labelsOf(draw()).flatMap((label) => {
      const box = textBox(label);
      const en = englishBoxes.get(label.key);
      const left = Math.min(0, en?.left ?? 0);
      const right = Math.max(size.width, en?.right ?? 0);
      const y = Number(label.attrs.y);
      return box.left < left - 0.5 || box.right > right + 0.5 || box.top < -0.5 || y > size.height
        ? [`"${label.text}" (${label.key}) runs outside ${size.width} x ${size.height}`]
        : [];
    });
    expect(problems).toEqual([]);
  });

  it.each(cases)("$chart, $state, at $where: draws every label the English draws (none left out for want of room)", ({ draw, english }) => {
    const keys = new Set(labelsOf(draw()).map((m) => m.key.replace(/-\d+$/, "")));
    const missing = labelsOf(english())
      .map((m) => m.key.replace(/-\d+$/, ""))
      .filter((key) => !keys.has(key));
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe("shaded bands lie under the words, in Russian and Kazakh", () => {
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
