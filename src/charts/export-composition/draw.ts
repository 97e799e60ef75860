import { linearScale } from "../linearScale.ts";
import { line } from "../../lib/svgShapes.ts";
import type { ChartModel, Mark, Size } from "../marks.ts";
import { pageDrawing } from "../pageDrawing.ts";
import { exportCompositionStates, type ExportCompositionState, type ExportCompositionStateId } from "./states.ts";
import { measureColors } from "../measureColors.ts";
import { lineMark, px, textMaker, yearTicks } from "../markHelpers.ts";
import type { ExportCompositionData, ExportSharePoint } from "./data.ts";
import type { ExportIndicator } from "../../data/schema.ts";
import { dodgeLabels } from "../../lib/dodgeLabels.ts";
import { formatShare } from "../../lib/formatShare.ts";
import { aroundPoint, pushPlaced } from "../labelSpace.ts";

/** Drawing order, and the order of labels and words: the larger share first. */
const indicators: readonly ExportIndicator[] = ["fuel", "ores-metals"];
/** Direct labels, one line each, so they fit the right margin on phones too. */
const labelLines: Record<ExportIndicator, string[]> = {
  fuel: ["Fuel"],
  "ores-metals": ["Ores and", "metals"],
};

const valueAt = (points: ExportSharePoint[], year: number) => points.find((p) => p.year === year)?.sharePct ?? null;
const shareText = (value: number | null) => (value === null ? "no figure" : formatShare(value));

/** The year fuel's share was highest (the earliest, if tied). */
export function fuelPeak(data: ExportCompositionData): { year: number; sharePct: number } {
  return data.series.fuel.reduce<{ year: number; sharePct: number }>(
    (best, p) => (p.sharePct !== null && p.sharePct > best.sharePct ? { year: p.year, sharePct: p.sharePct } : best),
    { year: data.firstYear, sharePct: -Infinity },
  );
}

/**
 * Points that drop for one year to under a quarter of both neighbours: a reader would take them for
 * a drawing error, so the chart labels them as published.
 */
export function isolatedDips(points: ExportSharePoint[]): ExportSharePoint[] {
  return points.filter((p, i) => {
    const before = points[i - 1]?.sharePct;
    const after = points[i + 1]?.sharePct;
    return p.sharePct !== null && before != null && after != null && p.sharePct < before / 4 && p.sharePct < after / 4;
  });
}

function focusYearOf(data: ExportCompositionData, state: ExportCompositionState): number | undefined {
  if (state.focus === "fuel-peak") return fuelPeak(data).year;
  if (state.focus === "latest") return data.lastYear;
  return undefined;
}

/** Words for what the state shows, built from the same rows the marks are. */
function summarise(data: ExportCompositionData, state: ExportCompositionState): string {
  const intro = `Fuel, and ores and metals, as shares of Kazakhstan's merchandise exports, ${data.firstYear} to ${data.lastYear}, as the World Bank publishes them.`;
  const at = (i: ExportIndicator, year: number) => shareText(valueAt(data.series[i], year));
  const peak = fuelPeak(data);
  if (state.focus === "fuel-peak") {
    const before = valueAt(data.series.fuel, peak.year - 1);
    const after = valueAt(data.series.fuel, peak.year + 1);
    return `${intro} Fuel's share peaked in ${peak.year} at ${formatShare(peak.sharePct)}, against ${shareText(before)} a year earlier and ${shareText(after)} a year later; ores and metals were ${at("ores-metals", peak.year)}.`;
  }
  if (state.focus === "latest") {
    return `${intro} In ${data.lastYear}: fuel ${at("fuel", data.lastYear)}, ores and metals ${at("ores-metals", data.lastYear)}.`;
  }
  return `${intro} Fuel went from ${at("fuel", data.firstYear)} in ${data.firstYear} to a peak of ${formatShare(peak.sharePct)} in ${peak.year} and ${at("fuel", data.lastYear)} in ${data.lastYear}; ores and metals from ${at("ores-metals", data.firstYear)} to ${at("ores-metals", data.lastYear)}.`;
}

/**
 * What Kazakhstan sells: fuel, and ores and metals, as shares of its merchandise exports, one line
 * each, broken where the World Bank publishes no figure. A pure function of (data, state, size).
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
  const margin = { top: 34, right: narrow ? 76 : 88, bottom: 26, left: 40 };
  const plotRight = width - margin.right;
  const plotBottom = height - margin.bottom;

  const values = indicators.flatMap((i) => data.series[i].flatMap((p) => (p.sharePct === null ? [] : [p.sharePct])));
  const x = linearScale([data.firstYear, data.lastYear], [margin.left, plotRight]);
  const y = linearScale([0, Math.ceil(Math.max(...values) / 10) * 10], [plotBottom, margin.top]);
  const marks: Mark[] = [];

  for (const tick of y.ticks(narrow ? 4 : 8)) {
    marks.push(lineMark(`ygrid-${tick}`, "grid", margin.left, y(tick), plotRight, y(tick)));
    marks.push(text(`ytick-${tick}`, `${tick}%`, { class: "tick", x: margin.left - 6, y: px(y(tick) + 4), "text-anchor": "end" }));
  }
  marks.push(
    text("ytitle", narrow ? "Share of goods exports" : "Share of Kazakhstan's merchandise exports", {
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
    labelLines[i].forEach((value, k) => {
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
      const label = text(`value-${p.indicator}`, formatShare(p.value), {
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
    const lines = narrow
      ? [`${dip.year}: ${formatShare(dip.sharePct ?? 0)},`, "as published"]
      : [`${dip.year}: ${formatShare(dip.sharePct ?? 0)} as published`];
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

  return { width, height, marks, summary: summarise(data, state) };
}

/** What the browser loads for this chart alone: its drawing function and states (src/client/chartDraws.ts). */
export const drawing = pageDrawing(exportCompositionStates, exportCompositionChart);
