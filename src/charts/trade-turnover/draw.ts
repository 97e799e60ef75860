import { linearScale } from "../linearScale.ts";
import { area, line } from "../../lib/svgShapes.ts";
import type { ChartModel, Mark, Size } from "../marks.ts";
import { pageDrawing } from "../pageDrawing.ts";
import { reporterView, type Reporter } from "../reporters.ts";
import {
  tradeTurnoverStates,
  turnoverPartners,
  type TradeTurnoverState,
  type TradeTurnoverStateId,
  type TurnoverPartner,
} from "./states.ts";
import { partnerColors } from "../partnerColors.ts";
import { lineMark, px, textMaker, yearTicks } from "../markHelpers.ts";
import type { MirrorTurnoverRow, TradeTurnoverData, TurnoverRow } from "./data.ts";
import { dodgeLabels } from "../../lib/dodgeLabels.ts";
import { usdIn } from "../numerals.ts";
import { fill } from "../chartText.ts";
import { breakMarks } from "../breakMarks.ts";
import { aroundPoint, placeLabel, pushNearOrReadOut, pushPlaced, topSlots, tuckLastTick } from "../labelSpace.ts";

/** Kazakhstan's count (or, in a reporter's view, the count drawn) of the trade with one partner in one year. */
export const rowAt = (data: TradeTurnoverData, partner: TurnoverPartner, year: number): TurnoverRow | undefined =>
  data.turnover.find((r) => r.partner === partner && r.year === year);
/** China's own count of the same trade in one year. */
export const mirrorAt = (data: TradeTurnoverData, year: number): MirrorTurnoverRow | undefined => data.mirror.find((r) => r.year === year);

/** The turnover rows as the reporter counts them (src/charts/reporters.ts reporterView). */
export const turnoverView = (data: TradeTurnoverData, reporter: Reporter): TradeTurnoverData =>
  reporterView(
    data,
    reporter,
    data.turnover,
    (m: MirrorTurnoverRow, partner): TurnoverRow => ({
      year: m.year,
      partner,
      // Kazakhstan's side of the same trade: the partner's imports are Kazakhstan's exports.
      exportsUsd: m.importsUsd,
      importsUsd: m.exportsUsd,
      turnoverUsd: m.turnoverUsd,
      series: `imf-dots-${partner}`,
    }),
    (d, turnover) => ({ ...d, turnover }),
  );

/**
 * Kazakhstan's trade turnover with China and with Russia in US dollars, 1995-2023, as Kazakhstan
 * reported it, with China's own figures for Kazakhstan-China trade drawn dashed beside it and the
 * gap between the two shaded. A pure function of (data, state, size).
 */
export function tradeTurnoverChart(
  all: TradeTurnoverData,
  stateId: TradeTurnoverStateId,
  { width, height }: Size,
  reporter: Reporter = "kazakhstan",
): ChartModel {
  const state: TradeTurnoverState = tradeTurnoverStates[stateId];
  const data = turnoverView(all, reporter);
  // The edition's words and numerals ride in the rows (words.ts), so the browser draws in the page's language.
  const words = all.text!;
  const n = { ...all.numerals!, ...words.dollars };
  const usd = (value: number) => usdIn(value, n);
  /** Who counted the partner's solid line: the partner itself under its own figures, else Kazakhstan. */
  const countedBy = (p: TurnoverPartner) => words.names[reporter === p ? p : "kazakhstan"];
  const narrow = width < 480;
  const fontSize = narrow ? 12 : 13;
  const text = textMaker(fontSize);
  const margin = { top: 34, right: narrow ? 96 : 124, bottom: 26, left: 34 };
  const plotRight = width - margin.right;
  const plotBottom = height - margin.bottom;
  const bn = (usd: number) => usd / 1e9;

  const maxBn = Math.max(
    ...data.turnover.map((r) => bn(r.turnoverUsd)),
    ...data.mirror.map((r) => bn(r.turnoverUsd)),
    ...data.mirrorRussia.map((r) => bn(r.turnoverUsd)),
  );
  const x = linearScale([data.firstYear, data.lastYear], [margin.left, plotRight]);
  const y = linearScale([0, Math.ceil(maxBn / 5) * 5], [plotBottom, margin.top]);
  const marks: Mark[] = [];

  // Frame: fixed across states, so only emphasis and labels move.
  for (const tick of y.ticks(narrow ? 4 : 7)) {
    marks.push(lineMark(`ygrid-${tick}`, "grid", margin.left, y(tick), plotRight, y(tick)));
    marks.push(text(`ytick-${tick}`, String(tick), { class: "tick", x: margin.left - 6, y: px(y(tick) + 4), "text-anchor": "end" }));
  }
  marks.push(
    text("ytitle", narrow ? words.axisTitleShort : words.axisTitle, {
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
  // Years China was ahead: columns tinted and outlined in China's colour (not the grey of a break in the series,
  // which they would otherwise read as, in a card without the page around it), behind everything else (the event
  // labels included), one per year, clipped to the plot.
  const ahead = state.overtakes ? (all.ahead?.[reporter] ?? []) : [];
  for (const year of ahead) {
    const x0 = Math.max(margin.left, x(year - 0.5));
    const x1 = Math.min(plotRight, x(year + 0.5));
    marks.push({
      key: `ahead-${year}`,
      tag: "rect",
      attrs: {
        class: "ahead-band tint-china",
        fill: partnerColors.china.light,
        "fill-opacity": 0.16,
        stroke: partnerColors.china.light,
        "stroke-width": 1,
        x: px(x0),
        y: margin.top,
        width: px(Math.max(0, x1 - x0)),
        height: px(Math.max(0, plotBottom - margin.top)),
      },
    });
  }
  // Breaks in the series and context events from content/data/breaks.yaml, behind the lines.
  marks.push(...breakMarks(data.breaks, x, { top: margin.top, bottom: plotBottom, left: margin.left, right: plotRight }, fontSize, narrow));
  const breakX = x(data.seriesBreakAfter + 0.5);
  marks.push(lineMark("series-break", "series-break", breakX, margin.top - 4, breakX, plotBottom));
  marks.push(
    text("series-break-label", narrow ? words.sourceSwitchShort : words.sourceSwitch, {
      class: "note",
      x: px(breakX),
      y: margin.top - 8,
      "text-anchor": "middle",
      "font-size": fontSize - 2,
    }),
  );

  // The gap between the two reporters' figures for the same trade, where both exist: China's always beside
  // Kazakhstan's own figures (none under a partner's figures alone), Russia's under "both".
  const mirrorsOf = { china: data.mirror, russia: data.mirrorRussia };
  for (const p of turnoverPartners) {
    const paired = mirrorsOf[p].flatMap((m) => {
      const own = rowAt(data, p, m.year);
      return own ? [{ year: m.year, own: bn(own.turnoverUsd), theirs: bn(m.turnoverUsd) }] : [];
    });
    if (p === "russia" && paired.length === 0) continue;
    const gapArea = area<(typeof paired)[number]>()
      .x((r) => x(r.year))
      .y0((r) => y(r.own))
      .y1((r) => y(r.theirs))
      .digits(1);
    marks.push({
      key: p === "china" ? "gap-band" : `gap-band-${p}`,
      tag: "path",
      attrs: {
        class: `gap-band tint-${p}`,
        d: gapArea(paired) ?? "",
        fill: partnerColors[p].light,
        "fill-opacity": state.gap ? 0.22 : 0.12,
        stroke: "none",
      },
    });
  }

  const emphasis = (p: TurnoverPartner) =>
    state.focus.length === 0 ? 2.25 : (state.focus as readonly TurnoverPartner[]).includes(p) ? 3.5 : 1.25;
  const path = line<{ year: number; usd: number }>()
    .x((r) => x(r.year))
    .y((r) => y(bn(r.usd)))
    .digits(1);
  for (const p of turnoverPartners) {
    if (mirrorsOf[p].length === 0) continue;
    marks.push({
      key: `line-${p}-mirror`,
      tag: "path",
      attrs: {
        class: `series tint-${p}`,
        d: path(mirrorsOf[p].map((m) => ({ year: m.year, usd: m.turnoverUsd }))) ?? "",
        fill: "none",
        stroke: partnerColors[p].light,
        "stroke-width": state.gap && p === "china" ? 2.5 : 1.75,
        "stroke-dasharray": "5 4",
      },
    });
  }
  for (const p of turnoverPartners) {
    const points = data.turnover.filter((r) => r.partner === p).map((r) => ({ year: r.year, usd: r.turnoverUsd }));
    marks.push({
      key: `line-${p}`,
      tag: "path",
      attrs: {
        class: `series tint-${p}`,
        d: path(points) ?? "",
        fill: "none",
        stroke: partnerColors[p].light,
        "stroke-width": emphasis(p),
        "stroke-dasharray": "none",
      },
    });
  }

  // Direct labels in the right margin, at each line's last value, pushed apart where they meet. A line
  // drawn from a partner's own figures says so, and where it ends (its series stops in 2020).
  const lastOf = (p: TurnoverPartner) => data.turnover.filter((r) => r.partner === p).at(-1)!;
  const ends = [
    ...turnoverPartners.map((p) => ({
      key: `label-${p}`,
      name: narrow ? words.names[p] : words.withPartner[p],
      partner: p,
      value: bn(lastOf(p).turnoverUsd),
      weight: emphasis(p),
      note:
        reporter === p
          ? fill(narrow ? words.ownCountShort : words.ownCount[p], {
              from: data.turnover.find((r) => r.partner === p)!.year,
              year: lastOf(p).year,
            })
          : undefined,
    })),
    ...turnoverPartners.flatMap((p) => {
      const last = mirrorsOf[p].at(-1);
      return last
        ? [
            {
              key: `label-${p}-mirror`,
              name: (narrow ? words.theirFiguresShort : words.theirFigures)[p],
              partner: p,
              value: bn(last.turnoverUsd),
              weight: 0,
              note: fill(narrow ? words.dashedToShort : words.dashedTo, { from: mirrorsOf[p][0]!.year, year: last.year }),
            },
          ]
        : [];
    }),
  ];
  const labelYs = dodgeLabels(
    ends.map((e) => y(e.value)),
    // Under another reporter more labels carry a note line beneath: room for it.
    reporter === "kazakhstan" ? fontSize + 3 : 2 * fontSize + 2,
    margin.top,
    plotBottom,
  );
  // Each label's note straight after it, so a screen reader or a text browser reads "China's figures, dashed, to 2020".
  ends.forEach((e, i) => {
    marks.push(
      text(e.key, e.name, {
        class: `series-label tint-${e.partner}`,
        x: plotRight + 10,
        y: px(labelYs[i]! + 4),
        fill: partnerColors[e.partner].light,
        "font-weight": e.weight > 2.25 ? 700 : 400,
      }),
    );
    if (e.note)
      marks.push(
        text(`${e.key}-note`, e.note, {
          class: "note",
          x: plotRight + 10,
          y: px(labelYs[i]! + 4 + fontSize),
          "font-size": fontSize - 2,
        }),
      );
  });

  tuckLastTick(marks, `xtick-${data.lastYear}`);

  if (state.focusYear !== undefined) {
    const year = state.focusYear;
    const fx = x(year);
    marks.push(lineMark("focus-rule", "focus-rule", fx, margin.top, fx, plotBottom));
    const points = [
      ...state.focus.map((p) => ({ key: p, partner: p, usd: rowAt(data, p, year)?.turnoverUsd, hollow: false })),
      ...(state.gap ? [{ key: "china-mirror", partner: "china" as const, usd: mirrorAt(data, year)?.turnoverUsd, hollow: true }] : []),
    ].flatMap((pt) => (pt.usd === undefined ? [] : [{ ...pt, usd: pt.usd }]));
    // The gap is read out only where both counts of the China line are drawn; under Russia's figures China's own count
    // is not, and the China line's figure is labelled by its line, as in any other state (audit 16).
    const gapShown = state.gap === true && points.some((pt) => pt.hollow);
    // The points first, then each figure beside its point where it covers no line, point or label.
    const bounds = { left: 0, top: 0, right: width, bottom: height };
    const plot = { left: margin.left, top: margin.top, right: plotRight, bottom: plotBottom };
    points.forEach((pt) => {
      const color = partnerColors[pt.partner].light;
      marks.push({
        key: `dot-${pt.key}`,
        tag: "circle",
        attrs: pt.hollow
          ? {
              class: `hollow tint-${pt.partner}`,
              cx: px(fx),
              cy: px(y(bn(pt.usd))),
              r: 5,
              fill: "#ffffff",
              stroke: color,
              "stroke-width": 2,
            }
          : { class: `dot tint-${pt.partner}`, cx: px(fx), cy: px(y(bn(pt.usd))), r: 5, fill: color, stroke: "none", "stroke-width": 0 },
      });
    });
    // Two reporters' figures for one trade, a few pixels apart, would each sit by the other's point:
    // in the gap state they and the gap are read out together, top left, where the early years leave room.
    points.forEach((pt) => {
      const color = partnerColors[pt.partner].light;
      const label = pt.hollow
        ? fill(words.named, { who: words.names.china, year, value: usd(pt.usd) })
        : gapShown
          ? fill(words.named, { who: countedBy(pt.partner), year, value: usd(pt.usd) })
          : usd(pt.usd);
      const mark = text(`value-${pt.key}`, label, {
        class: `value-label tint-${pt.partner}`,
        x: 0,
        y: 0,
        "text-anchor": "end",
        fill: color,
        "font-weight": 700,
      });
      if (gapShown) pushPlaced(marks, mark, topSlots(plot, fontSize), bounds);
      else
        pushNearOrReadOut(
          marks,
          mark,
          aroundPoint(fx, y(bn(pt.usd)), fontSize),
          fill(words.named, { who: words.names[pt.partner], year, value: label }),
          plot,
          fontSize,
          bounds,
        );
    });
    if (state.gap) {
      const own = rowAt(data, "china", year);
      const china = mirrorAt(data, year);
      if (own && china) {
        const label = text("gap-label", fill(words.gap, { value: usd(china.turnoverUsd - own.turnoverUsd) }), {
          class: "reference-label",
          x: 0,
          y: 0,
          "text-anchor": "start",
          "font-weight": 700,
        });
        // With the read-outs, else (a longer translation) by the rule: between the two points it measures, or at its foot.
        const between = y(bn((own.turnoverUsd + china.turnoverUsd) / 2));
        const foot = [0, 1, 2].flatMap((row) => [
          { x: px(fx + 4), y: plotBottom - 6 - row * (fontSize + 2), "text-anchor": "start" },
          { x: px(fx - 4), y: plotBottom - 6 - row * (fontSize + 2), "text-anchor": "end" },
        ]);
        const places = [...topSlots(plot, fontSize), ...aroundPoint(fx, between, fontSize).filter((_, i) => i % 6 < 2), ...foot];
        // Last, the same places in the notes' smaller type, rather than leave the gap out on a crowded phone.
        if (!pushPlaced(marks, label, places, bounds))
          pushPlaced(marks, { ...label, attrs: { ...label.attrs, "font-size": fontSize - 2, "font-weight": 400 } }, places, bounds);
      }
    }
  }

  // The years China was clearly ahead, and whose count says so, in China's colour: by their columns, on the
  // plot's top row where the lines leave room (right-aligned to the first column), else at its top left; on a
  // phone in two lines. Placed once every line is drawn, so it covers none (a test checks every size has it).
  const note = state.overtakes ? all.aheadNote?.[reporter]?.[narrow ? "narrow" : "wide"] : undefined;
  if (note) {
    const bounds = { left: 0, top: 0, right: width, bottom: height };
    const firstBand = ahead.length ? Math.max(margin.left, x(ahead[0]! - 0.5)) : margin.left;
    const places = [
      { x: px(firstBand - 4), "text-anchor": "end" },
      { x: margin.left + 4, "text-anchor": "start" },
    ];
    for (const place of places) {
      const lines = note.flatMap((line, i) => {
        // The second line (whose count, on a phone) is smaller, so it ends before the 2013 peak of China's own count.
        const mark = text(i ? `ahead-note-${i + 1}` : "ahead-note", line, {
          class: "value-label tint-china",
          fill: partnerColors.china.light,
          "font-weight": i ? 400 : 700,
          ...(i ? { "font-size": fontSize - 2 } : {}),
        });
        return placeLabel(mark, [{ ...place, y: px(margin.top + 12 + i * fontSize) }], marks, bounds) ?? [];
      });
      if (lines.length === note.length) {
        marks.push(...lines);
        break;
      }
    }
  }

  // The words were built with the rows, from the same figures (words.ts): the browser does not ship their code.
  return { width, height, marks, summary: all.words?.[reporter]?.[stateId] ?? "" };
}

/** What the browser loads for this chart alone: its drawing function and states (src/client/chartDraws.ts). */
export const drawing = pageDrawing(tradeTurnoverStates, tradeTurnoverChart);
