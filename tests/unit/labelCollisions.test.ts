import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { boxesOverlap, coveredMark, textBox } from "../../src/charts/labelSpace.ts";
import type { Size } from "../../src/charts/marks.ts";
import { chartData } from "../../src/charts/chartData.ts";

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

const cases = Object.entries(chartDefinitions).flatMap(([chart, definition]) => {
  const data = chartData[chart as keyof typeof chartData].rows();
  return definition.states.flatMap((state) =>
    Object.entries(sizes).map(([where, size]) => ({ chart, state, where, size, draw: () => definition.draw(data, state, size) })),
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
