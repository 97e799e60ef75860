import { linearScale } from "../linearScale.ts";
import { line } from "../../lib/svgShapes.ts";
import type { ChartModel, Mark, Size } from "../marks.ts";
import { pageDrawing } from "../pageDrawing.ts";
import { exportCompositionStates, type ExportCompositionState, type ExportCompositionStateId } from "./states.ts";
import { measureColors } from "../measureColors.ts";
import { lineMark, px, textMaker, yearTicks } from "../markHelpers.ts";
import { fuelPeak, isolatedDips, valueAt, type ExportCompositionData, type ExportSharePoint } from "./rows.ts";
import type { ExportIndicator } from "../../data/schema.ts";
import { dodgeLabels } from "../../lib/dodgeLabels.ts";
import { shareIn } from "../numerals.ts";
import { fill } from "../chartText.ts";
import { aroundPoint, pushPlaced } from "../labelSpace.ts";

/** Drawing order, and the order of labels: the larger share first. */
const indicators: readonly ExportIndicator[] = ["fuel", "ores-metals"];

export { fuelPeak, isolatedDips } from "./rows.ts";

function focusYearOf(data: ExportCompositionData, state: ExportCompositionState): number | undefined {
  if (state.focus === "fuel-peak") return fuelPeak(data).year;
  if (state.focus === "latest") return data.lastYear;
  return undefined;
}

/**
 * What Kazakhstan sells: fuel, and ores and metals, as shares of its merchandise exports, one line
 * each, broken where the World Bank publishes no figure. A pure function of (data, state, size); every word it
 * writes comes with the rows, in their edition (text.ts, words.ts).
 */
export function exportCompositionChart(
  data: ExportCompositionData,
  stateId: ExportCompositionStateId,
  { width, height }: Size,
): ChartModel {
  const state: ExportCompositionState = exportCompositionStates[stateId];
  const narrow = width < 480;
  const fontSize = narrow ? 12 : 13;
  const text = textMaker(fontSize);
  const words = data.text;
  const n = data.numerals;
  // The right margin holds the lines' labels: wider where a translation's are.
  // A little wider than the estimate elsewhere (0.6 em a bold character): Cyrillic bold runs wider.
  const widest = Math.max(...indicators.flatMap((i) => words[i].map((s) => s.length * fontSize * 0.65)));
  const margin = { top: 34, right: Math.max(narrow ? 76 : 88, Math.ceil(widest) + 12), bottom: 26, left: 40 };
  const plotRight = width - margin.right;
  const plotBottom = height - margin.bottom;

  const values = indicators.flatMap((i) => data.series[i].flatMap((p) => (p.sharePct === null ? [] : [p.sharePct])));
  const x = linearScale([data.firstYear, data.lastYear], [margin.left, plotRight]);
  const y = linearScale([0, Math.ceil(Math.max(...values) / 10) * 10], [plotBottom, margin.top]);
  const marks: Mark[] = [];

  for (const tick of y.ticks(narrow ? 4 : 8)) {
    marks.push(lineMark(`ygrid-${tick}`, "grid", margin.left, y(tick), plotRight, y(tick)));
    marks.push(
      text(`ytick-${tick}`, `${tick}${n.percent}`, { class: "tick", x: margin.left - 6, y: px(y(tick) + 4), "text-anchor": "end" }),
    );
  }
  marks.push(
    text("ytitle", narrow ? words.ytitleNarrow : words.ytitle, {
      class: "axis-title",
      x: 0,
      y: 14,
      "font-weight": 600,
    }),
  );
  marks.push(lineMark("xaxis", "axis", margin.left, plotBottom, plotRight, plotBottom));
  for (const year of yearTicks(data.firstYear, data.lastYear, narrow)) {
    marks.push(text(`xtick-${year}`, String(year), { class: "tick", x: px(x(year)), y: plotBottom + 18, "text-anchor": "middle" }));
  }

  const focusYear = focusYearOf(data, state);
  if (focusYear !== undefined) marks.push(lineMark("focus-rule", "focus-rule", x(focusYear), margin.top, x(focusYear), plotBottom));

  const path = line<ExportSharePoint>()
    .defined((p) => p.sharePct !== null)
    .x((p) => x(p.year))
    .y((p) => y(p.sharePct ?? 0))
    .digits(1);
  const lastValues = indicators.map((i) => data.series[i].findLast((p) => p.sharePct !== null)?.sharePct ?? 0);
  const labelYs = dodgeLabels(
    lastValues.map((v) => y(v)),
    fontSize + 3,
    margin.top,
    plotBottom,
  );
  indicators.forEach((i, n) => {
    const color = measureColors[i].light;
    marks.push({
      key: `line-${i}`,
      tag: "path",
      attrs: { class: `series tint-${i}`, d: path(data.series[i]) ?? "", fill: "none", stroke: color, "stroke-width": 2.5 },
    });
    words[i].forEach((value, k) => {
      marks.push(
        text(k === 0 ? `label-${i}` : `label-${i}-${k + 1}`, value, {
          class: `series-label tint-${i}`,
          x: plotRight + 8,
          y: px(labelYs[n]! + 4 + k * (fontSize + 1)),
          fill: color,
          "font-weight": 700,
        }),
      );
    });
  });

  const bounds = { left: 0, top: 0, right: width, bottom: height };
  if (focusYear !== undefined) {
    const points = indicators.flatMap((i) => {
      const value = valueAt(data.series[i], focusYear);
      return value === null ? [] : [{ indicator: i, value }];
    });
    // The points and the year first; then each value beside its point where it covers no line,
    // point or label (left, above or below first: the line runs on to the right).
    for (const p of points) {
      marks.push({
        key: `dot-${p.indicator}`,
        tag: "circle",
        attrs: {
          class: `point tint-${p.indicator}`,
          cx: px(x(focusYear)),
          cy: px(y(p.value)),
          r: 5,
          fill: measureColors[p.indicator].light,
        },
      });
    }
    marks.push(
      text("focus-year", String(focusYear), {
        class: "reference-label",
        x: px(x(focusYear)),
        y: margin.top - 6,
        "text-anchor": "middle",
        "font-weight": 700,
      }),
    );
    for (const p of points) {
      const label = text(`value-${p.indicator}`, shareIn(p.value, n), {
        class: `value-label tint-${p.indicator}`,
        x: 0,
        y: 0,
        "text-anchor": "end",
        fill: measureColors[p.indicator].light,
        "font-weight": 700,
      });
      pushPlaced(marks, label, aroundPoint(x(focusYear), y(p.value), fontSize), bounds);
    }
  }

  // A one-year dip to near zero is labelled as published, where the label covers nothing.
  for (const dip of isolatedDips(data.series["ores-metals"])) {
    const figures = { year: dip.year, value: shareIn(dip.sharePct ?? 0, n) };
    const lines = (narrow ? words.dipNarrow : [words.dip]).map((line) => fill(line, figures));
    const size = fontSize - 2;
    const dx = x(dip.year);
    const dy = y(dip.sharePct ?? 0);
    // Each place is for the last line; the lines above it go up from there.
    const places = [
      { x: dx + 6, y: dy - 4 },
      { x: dx + 6, y: dy + size + 6 },
      ...[12, 24, 36, 48].flatMap((up) => [6, 14, 22].map((right) => ({ x: dx + right, y: dy - up }))),
    ];
    for (const place of places) {
      const labels = lines.map((value, k) =>
        text(k === 0 ? `dip-note-${dip.year}` : `dip-note-${dip.year}-${k + 1}`, value, {
          class: "note",
          x: px(place.x),
          y: px(place.y - (lines.length - 1 - k) * (fontSize - 1)),
          "font-size": size,
        }),
      );
      const trial = [...marks];
      if (labels.every((label) => pushPlaced(trial, label, [label.attrs], bounds))) {
        marks.push(...labels);
        break;
      }
    }
  }

  // The words were built with the rows, from the same figures (words.ts): the browser does not ship their code.
  return { width, height, marks, summary: data.words[stateId] };
}

/** What the browser loads for this chart alone: its drawing function and states (src/client/chartDraws.ts). */
export const drawing = pageDrawing(exportCompositionStates, exportCompositionChart);
