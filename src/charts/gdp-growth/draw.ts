import { linearScale } from "../linearScale.ts";
import { line, symbol, symbolDiamond } from "../../lib/svgShapes.ts";
import type { ChartModel, Mark, Size } from "../marks.ts";
import { pageDrawing } from "../pageDrawing.ts";
import { gdpGrowthStates, type GdpGrowthState, type GdpGrowthStateId } from "./states.ts";
import { measureColors } from "../measureColors.ts";
import { lineMark, px, textMaker, yearTicks } from "../markHelpers.ts";
import { breakMarks } from "../breakMarks.ts";
import { pointAt as at, type GdpGrowthData, type GrowthPoint } from "./rows.ts";
import { dodgeLabels } from "../../lib/dodgeLabels.ts";
import { shareIn } from "../numerals.ts";
import { fill } from "../chartText.ts";
import { pushPlaced } from "../labelSpace.ts";

/** Who reported a quoted figure, in English words (the chart's sentences are built at build time: words.ts). */
export { reportedBy } from "./reportedBy.ts";

/**
 * Kazakhstan's real GDP growth, 2000-2024: the World Bank's figures as a line, the IMF's as
 * small hollow dots, and the estimates and forecasts quoted at the time as hollow diamonds with a
 * read-out of the figures in focus. A pure function of (data, state, size); every word it writes comes with
 * the rows, in their edition (text.ts, words.ts).
 */
export function gdpGrowthChart(data: GdpGrowthData, stateId: GdpGrowthStateId, { width, height }: Size): ChartModel {
  const state: GdpGrowthState = gdpGrowthStates[stateId];
  const narrow = width < 480;
  const fontSize = narrow ? 12 : 13;
  const text = textMaker(fontSize);
  const words = data.text;
  const n = data.numerals;
  // The right margin holds the lines' labels (and on phones the diamonds' key): wider where a translation's are.
  const widest = Math.max(
    // A little wider than the estimate elsewhere (0.6 em a bold character): Cyrillic bold runs wider.
    ...words.wbLabel.map((s) => s.length * fontSize * 0.62),
    words.imfLabel.length * fontSize * 0.55,
    ...(narrow ? words.keyNarrow.map((s) => s.length * (fontSize - 1) * 0.55) : []),
  );
  const margin = { top: 34, right: Math.max(narrow ? 88 : 92, Math.ceil(widest) + 11), bottom: 26, left: 38 };
  const plotRight = width - margin.right;
  const plotBottom = height - margin.bottom;
  const wdi = measureColors["wb-wdi"].light;
  const weo = measureColors["imf-weo"].light;

  const values = [...data.worldBank, ...data.imf].map((p) => p.growthPct);
  const x = linearScale([data.firstYear, data.lastYear], [margin.left, plotRight]);
  const y = linearScale([Math.floor(Math.min(0, ...values) / 5) * 5, Math.ceil(Math.max(...values) / 5) * 5], [plotBottom, margin.top]);
  const marks: Mark[] = [];

  for (const tick of y.ticks(narrow ? 4 : 6)) {
    marks.push(lineMark(`ygrid-${tick}`, tick === 0 ? "zero-line" : "grid", margin.left, y(tick), plotRight, y(tick)));
    marks.push(
      text(`ytick-${tick}`, `${tick < 0 ? words.minus + -tick : tick}${n.percent}`, {
        class: "tick",
        x: margin.left - 6,
        y: px(y(tick) + 4),
        "text-anchor": "end",
      }),
    );
  }
  marks.push(text("ytitle", words.ytitle, { class: "axis-title", x: 0, y: 14, "font-weight": 600 }));
  marks.push(lineMark("xaxis", "axis", margin.left, plotBottom, plotRight, plotBottom));
  for (const year of yearTicks(data.firstYear, data.lastYear, narrow)) {
    marks.push(text(`xtick-${year}`, String(year), { class: "tick", x: px(x(year)), y: plotBottom + 18, "text-anchor": "middle" }));
  }

  marks.push(...breakMarks(data.breaks, x, { top: margin.top, bottom: plotBottom, left: margin.left, right: plotRight }, fontSize, narrow));

  const claims = data.claims.flatMap((c, i) =>
    (state.claimYears as readonly number[]).includes(c.year) ? [{ ...c, words: data.words.claims[i]! }] : [],
  );
  // The figures in focus, read out in the empty upper right, in the colour of what they describe;
  // on phones a claim takes two lines.
  const readout = [
    ...state.focusYears.flatMap((year) => {
      const wb = at(data.worldBank, year);
      const imf = at(data.imf, year);
      return [
        ...(wb
          ? [
              {
                key: `readout-wb-${year}`,
                lines: [fill(narrow ? words.readoutWbNarrow : words.readoutWb, { year, value: shareIn(wb.growthPct, n) })],
                cls: "value-label tint-wb-wdi",
                fill: wdi,
              },
            ]
          : []),
        ...(state.withImf && imf
          ? [
              {
                key: `readout-imf-${year}`,
                lines: [fill(words.readoutImf, { year, value: shareIn(imf.growthPct, n) })],
                cls: "value-label tint-imf-weo",
                fill: weo,
              },
            ]
          : []),
      ];
    }),
    ...claims.map((c) => ({
      key: `readout-claim-${c.year}-${c.made_by}`,
      lines: narrow ? c.words.narrow : [c.words.wide],
      cls: "reference-label",
      fill: "#1a1a1a",
    })),
  ];
  const rowHeight = fontSize + 5;
  const lineCount = readout.reduce((n, row) => n + row.lines.length, 0) + (claims.length > 0 && !narrow ? 1 : 0);
  const rulesAt = marks.length;
  const path = line<GrowthPoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.growthPct))
    .digits(1);
  marks.push({
    key: "line-wb-wdi",
    tag: "path",
    attrs: { class: "series tint-wb-wdi", d: path(data.worldBank) ?? "", fill: "none", stroke: wdi, "stroke-width": 2.5 },
  });
  for (const p of data.imf) {
    marks.push({
      key: `imf-${p.year}`,
      tag: "circle",
      attrs: {
        class: "hollow tint-imf-weo",
        cx: px(x(p.year)),
        cy: px(y(p.growthPct)),
        r: 2.75,
        fill: "#ffffff",
        stroke: weo,
        "stroke-width": 1.5,
      },
    });
  }
  const lastWb = data.worldBank.at(-1)!;
  const lastImf = data.imf.at(-1)!;
  // A label of two lines (a translation's) keeps two lines' room from the other.
  const endYs = dodgeLabels([y(lastWb.growthPct), y(lastImf.growthPct)], words.wbLabel.length * (fontSize + 1) + 2, margin.top, plotBottom);
  words.wbLabel.forEach((value, k) =>
    marks.push(
      text(k ? `label-wb-wdi-${k + 1}` : "label-wb-wdi", value, {
        class: "series-label tint-wb-wdi",
        x: plotRight + 8,
        y: px(endYs[0]! + 4 + k * (fontSize + 1)),
        fill: wdi,
        "font-weight": 700,
      }),
    ),
  );
  marks.push(
    text("label-imf-weo", words.imfLabel, { class: "series-label tint-imf-weo", x: plotRight + 8, y: px(endYs[1]! + 4), fill: weo }),
  );
  // On phones the diamonds' key joins the line labels in the right margin, leaving the plot to the read-out.
  if (narrow && claims.length > 0) {
    const keyY = Math.max(endYs[0]! + (words.wbLabel.length - 1) * (fontSize + 1), endYs[1]!) + 4 + fontSize + 6;
    marks.push(text("claim-key", words.keyNarrow[0], { class: "note", x: plotRight + 8, y: px(keyY), "font-size": fontSize - 1 }));
    marks.push(
      text("claim-key-2", words.keyNarrow[1], { class: "note", x: plotRight + 8, y: px(keyY + fontSize + 1), "font-size": fontSize - 1 }),
    );
  }

  for (const year of state.focusYears) {
    const p = at(data.worldBank, year);
    if (p)
      marks.push({
        key: `dot-${year}`,
        tag: "circle",
        attrs: { class: "point tint-wb-wdi", cx: px(x(year)), cy: px(y(p.growthPct)), r: 5, fill: wdi },
      });
  }
  const diamond = symbol(symbolDiamond, 90);
  for (const c of claims) {
    marks.push({
      key: `claim-${c.year}-${c.made_by}`,
      tag: "path",
      attrs: {
        class: "forecast",
        d: diamond() ?? "",
        transform: `translate(${px(x(c.year))},${px(y(c.growthPct))})`,
        fill: "#ffffff",
        stroke: "#1a1a1a",
        "stroke-width": 2,
      },
    });
  }

  // The read-out as a block, at the first place where none of its lines covers a line, point or
  // label: right of the 2000s boom and above everything since (the emptiest part of the plot), else
  // further right or lower. Where no place is clear the block is left out: the table has the figures.
  const span = data.lastYear - data.firstYear;
  const blockLines = [
    ...readout.flatMap((entry) =>
      entry.lines.map((value, i) => ({
        key: i === 0 ? entry.key : `${entry.key}-${i + 1}`,
        value,
        cls: entry.cls,
        fill: entry.fill,
        size: fontSize,
        weight: 700,
      })),
    ),
    ...(claims.length > 0 && !narrow
      ? [
          {
            key: "claim-key",
            value: words.keyWide,
            cls: "note",
            fill: "#595959",
            size: fontSize - 1,
            weight: 400,
          },
        ]
      : []),
  ];
  const bounds = { left: 0, top: 0, right: width, bottom: height };
  const places = [1 / 3, 0.45, 0.25, 0.55, 0.15, 0.65, 0.05].flatMap((share) =>
    [0, 1, 2, 3, 4, 5, 6, 7, 8].map((down) => ({ x: px(x(data.firstYear + span * share)), top: margin.top + 12 + (down * rowHeight) / 2 })),
  );
  let readoutBottom: number | undefined;
  for (const place of places) {
    const trial = [...marks];
    const labels = blockLines.map((line, row) =>
      text(line.key, line.value, {
        class: line.cls,
        x: place.x,
        y: place.top + row * rowHeight,
        fill: line.fill,
        "font-weight": line.weight,
        "font-size": line.size,
      }),
    );
    if (labels.every((label) => pushPlaced(trial, label, [label.attrs], bounds))) {
      marks.push(...labels);
      readoutBottom = place.top + lineCount * rowHeight;
      break;
    }
  }
  // Rules start below the read-out, so they never cross its text; they lie under the lines.
  marks.splice(
    rulesAt,
    0,
    ...state.focusYears.map((year) =>
      lineMark(`focus-rule-${year}`, "focus-rule", x(year), (readoutBottom ?? margin.top + rowHeight) - rowHeight / 2, x(year), plotBottom),
    ),
  );

  // The words were built with the rows, from the same figures (words.ts): the browser does not ship their code.
  return { width, height, marks, summary: data.words.summary[stateId] };
}

/** What the browser loads for this chart alone: its drawing function and states (src/client/chartDraws.ts). */
export const drawing = pageDrawing(gdpGrowthStates, gdpGrowthChart);
