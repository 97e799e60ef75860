import { linearScale } from "../linearScale.ts";
import { area, line } from "../../lib/svgShapes.ts";
import type { Mark, ChartModel, Size } from "../marks.ts";
import { pageDrawing } from "../pageDrawing.ts";
import { reporterView, type Reporter } from "../reporters.ts";
import { partnerSharesStates, type PartnerSharesState, type PartnerSharesStateId } from "./states.ts";
import { partnerColors, shareSeriesPartners, type SharePartner } from "../partnerColors.ts";
import type { MirrorRow, PartnerSharesData, ShareRow } from "./data.ts";
import { dodgeLabels } from "../../lib/dodgeLabels.ts";
import { shareIn } from "../numerals.ts";
import { fill } from "../chartText.ts";
import { breakMarks } from "../breakMarks.ts";
import { aroundPoint, pushNearOrReadOut, pushPlaced, tuckLastTick } from "../labelSpace.ts";

/** The partners whose own counts the switch offers (src/data/bilateral.ts mirrorPartners). */
const counting = ["china", "russia"] as const;
type Counting = (typeof counting)[number];

export function valueAt(data: PartnerSharesData, state: PartnerSharesState, partner: SharePartner, year: number): ShareRow | undefined {
  return data.shares.find((r) => r.partner === partner && r.flow === state.flow && r.year === year);
}

/** A partner's own figures, as the dataset mirrors them (China's imports from Kazakhstan are Kazakhstan's exports). */
export const mirrorOf = (data: PartnerSharesData, partner: (typeof counting)[number]): MirrorRow[] =>
  partner === "china" ? data.mirror : data.mirrorRussia;

/**
 * The rows as the reporter counts them. Under a partner's own figures that partner's line is its own count of
 * the flow (its imports from Kazakhstan for Kazakhstan's exports) over Kazakhstan's own total, since the partner
 * does not report Kazakhstan's totals, to 2020, where its series ends (later years are absent, not filled); the
 * other lines stay Kazakhstan's. Under "both", Kazakhstan's lines with both partners' counts beside them; under
 * Kazakhstan's, the chart as it always was, with China's own figure for the mirror step's dot.
 */
export const sharesView = (data: PartnerSharesData, reporter: Reporter = "kazakhstan"): PartnerSharesData =>
  reporterView(
    data,
    reporter,
    data.shares,
    (m: MirrorRow, partner): ShareRow => ({
      year: m.year,
      partner,
      flow: m.flow,
      share: m.shareOfKazakhstanTotal,
      valueUsd: m.partnerReportedUsd,
      series: `imf-dots-${partner}`,
    }),
    (d, shares) => ({ ...d, shares }),
  );

/**
 * Kazakhstan's trade by partner as a share of its total, one line per partner, 1995-2023.
 * A pure function of (data, state, size): the build draws the static SVG with it and the
 * browser animates between its outputs.
 */
export function partnerSharesChart(
  all: PartnerSharesData,
  stateId: PartnerSharesStateId,
  { width, height }: Size,
  reporter: Reporter = "kazakhstan",
): ChartModel {
  const state: PartnerSharesState = partnerSharesStates[stateId];
  const data = sharesView(all, reporter);
  // The edition's words and numerals ride in the rows (words.ts), so the browser draws in the page's language.
  const words = all.text!;
  const n = all.numerals!;
  const share = (pct: number) => shareIn(pct, n);
  /** Each partner's own count drawn dashed beside Kazakhstan's, with the gap shaded: under "both" only. */
  const dashed = reporter === "both" ? counting.map((p) => ({ p, rows: mirrorOf(data, p).filter((m) => m.flow === state.flow) })) : [];
  const narrow = width < 480;
  const fontSize = narrow ? 12 : 13;
  const margin = { top: 34, right: narrow ? 86 : 108, bottom: 26, left: 38 };
  const plotRight = width - margin.right;
  const plotBottom = height - margin.bottom;

  const maxShare = Math.max(...data.shares.map((r) => r.share), ...dashed.flatMap((d) => d.rows.map((m) => m.shareOfKazakhstanTotal)));
  const x = linearScale([data.firstYear, data.lastYear], [margin.left, plotRight]);
  const y = linearScale([0, Math.ceil(maxShare / 10) * 10], [plotBottom, margin.top]);
  const text = (key: string, value: string, attrs: Mark["attrs"]): Mark => ({
    key,
    tag: "text",
    text: value,
    attrs: { "font-size": fontSize, ...attrs },
  });
  const marks: Mark[] = [];

  // Grid and y axis: fixed domain across states, so lines move and the frame stays.
  for (const tick of y.ticks(narrow ? 4 : 6)) {
    marks.push({ key: `ygrid-${tick}`, tag: "line", attrs: { class: "grid", x1: margin.left, x2: plotRight, y1: y(tick), y2: y(tick) } });
    marks.push(
      text(`ytick-${tick}`, `${String(tick).replace(".", n.decimal)}${n.percent}`, {
        class: "tick",
        x: margin.left - 6,
        y: y(tick) + 4,
        "text-anchor": "end",
      }),
    );
  }
  marks.push(text("ytitle", words.axisTitle[state.flow], { class: "axis-title", x: 0, y: 14, "font-weight": 600 }));

  // X axis: years, thinned on phones so labels never collide.
  const years = narrow ? [1995, 2005, 2015, data.lastYear] : [1995, 2000, 2005, 2010, 2015, data.lastYear];
  marks.push({ key: "xaxis", tag: "line", attrs: { class: "axis", x1: margin.left, x2: plotRight, y1: plotBottom, y2: plotBottom } });
  for (const year of years) {
    marks.push(text(`xtick-${year}`, String(year), { class: "tick", x: x(year), y: plotBottom + 18, "text-anchor": "middle" }));
  }

  // Breaks in the series from content/data/breaks.yaml (the customs union's band), behind the lines.
  marks.push(...breakMarks(data.breaks, x, { top: margin.top, bottom: plotBottom, left: margin.left, right: plotRight }, fontSize, narrow));

  // Where the IMF series ends and the Bureau's begins.
  const breakX = x(data.seriesBreakAfter + 0.5);
  marks.push({
    key: "series-break",
    tag: "line",
    attrs: { class: "series-break", x1: breakX, x2: breakX, y1: margin.top - 4, y2: plotBottom },
  });
  marks.push(
    text("series-break-label", narrow ? words.sourceSwitchShort : words.sourceSwitch, {
      class: "note",
      x: breakX,
      y: margin.top - 8,
      "text-anchor": "middle",
      "font-size": fontSize - 2,
    }),
  );

  if (state.focusYear !== undefined) {
    const fx = x(state.focusYear);
    marks.push({ key: "focus-rule", tag: "line", attrs: { class: "focus-rule", x1: fx, x2: fx, y1: margin.top, y2: plotBottom } });
  }

  const ry = state.reference ? y(state.reference.share) : 0;
  if (state.reference) {
    marks.push({ key: "reference", tag: "line", attrs: { class: "reference", x1: margin.left, x2: plotRight, y1: ry, y2: ry } });
  }

  // One line per partner, labelled at its end; partners outside the focus are drawn thinner.
  const path = line<{ year: number; share: number }>()
    .x((r) => x(r.year))
    .y((r) => y(r.share))
    .digits(1);
  const rowsOf = (p: SharePartner) => data.shares.filter((r) => r.partner === p && r.flow === state.flow);
  const strong = (p: SharePartner) => state.focus.length === 0 || (state.focus as readonly SharePartner[]).includes(p);

  // Under "both": the gap between the two counts of the same trade, shaded, and the partner's own count dashed.
  for (const { p, rows } of dashed) {
    const paired = rows.flatMap((m) => {
      const own = valueAt(data, state, p, m.year);
      return own ? [{ year: m.year, own: own.share, theirs: m.shareOfKazakhstanTotal }] : [];
    });
    marks.push({
      key: `gap-band-${p}`,
      tag: "path",
      attrs: {
        class: `gap-band tint-${p}`,
        d:
          area<(typeof paired)[number]>()
            .x((r) => x(r.year))
            .y0((r) => y(r.own))
            .y1((r) => y(r.theirs))
            .digits(1)(paired) ?? "",
        fill: partnerColors[p].light,
        "fill-opacity": 0.18,
        stroke: "none",
      },
    });
    marks.push({
      key: `line-${p}-mirror`,
      tag: "path",
      attrs: {
        class: `series tint-${p}`,
        d: path(rows.map((m) => ({ year: m.year, share: m.shareOfKazakhstanTotal }))) ?? "",
        fill: "none",
        stroke: partnerColors[p].light,
        "stroke-width": 1.75,
        "stroke-dasharray": "5 4",
      },
    });
  }

  // Direct labels at each line's last value, in the right margin, pushed apart where they meet. A line drawn
  // from a partner's own count says so, and where it ends (its series stops in 2020).
  const ends = [
    ...shareSeriesPartners.map((p) => {
      const last = rowsOf(p).at(-1);
      const own = reporter === p;
      return {
        key: `label-${p}`,
        p,
        // "China's" over "count, to 2020": the two lines read as one.
        name: own ? words.own[p as Counting] : narrow && p === "rest-of-world" ? words.othersShort : words.names[p],
        last: last?.share,
        note: own ? fill(narrow ? words.ownNoteShort : words.ownNote, { year: last?.year ?? "" }) : undefined,
      };
    }),
    ...dashed.map(({ p, rows }) => ({
      key: `label-${p}-mirror`,
      p,
      name: words.own[p],
      last: rows.at(-1)?.shareOfKazakhstanTotal,
      note: fill(narrow ? words.ownNoteShort : words.ownNote, { year: rows.at(-1)?.year ?? "" }),
    })),
  ];
  // Each label is a row, and its note a row beneath it that moves with it: pushed apart as one stack, kept
  // above the year labels when notes may hang below.
  const rowYs = dodgeLabels(
    ends.flatMap((e) => {
      const at = e.last === undefined ? plotBottom : y(e.last);
      return e.note ? [at, at + 0.01] : [at];
    }),
    fontSize + 2,
    margin.top,
    reporter === "kazakhstan" ? plotBottom : plotBottom - fontSize,
  );
  let row = 0;
  const labelYs = ends.map((e) => [rowYs[row++]!, e.note ? rowYs[row++]! : 0] as const);
  const label = (i: number) => {
    const e = ends[i]!;
    marks.push(
      text(e.key, e.name, {
        class: `series-label tint-${e.p}`,
        x: plotRight + 6,
        y: labelYs[i]![0] + 4,
        fill: partnerColors[e.p].light,
        "font-weight": e.key === `label-${e.p}` && strong(e.p) ? 700 : 400,
      }),
    );
    // The note straight after its label, so a screen reader or a text browser reads "China's count, to 2020".
    if (e.note)
      marks.push(text(`${e.key}-note`, e.note, { class: "note", x: plotRight + 6, y: labelYs[i]![1] + 4, "font-size": fontSize - 2 }));
  };
  shareSeriesPartners.forEach((p, i) => {
    const color = partnerColors[p].light;
    marks.push({
      key: `line-${p}`,
      tag: "path",
      attrs: {
        class: `series tint-${p}`,
        d: path(rowsOf(p)) ?? "",
        fill: "none",
        stroke: color,
        // Emphasis by weight, not fading, so every line keeps its contrast against the page.
        "stroke-width": state.focus.length === 0 ? 2.25 : strong(p) ? 3.5 : 1.25,
        // Dotted, not dashed: dashes are a partner's own count (under "both") and the IMF | Bureau rule.
        "stroke-dasharray": p === "rest-of-world" ? "1.5 3.5" : "none",
      },
    });
    label(i);
  });
  for (let i = shareSeriesPartners.length; i < ends.length; i++) label(i);
  tuckLastTick(marks, `xtick-${data.lastYear}`);

  // The reference line's label: just above or below the line, at the first place along it where
  // it crosses no partner's line (placed once the lines are drawn).
  const bounds = { left: 0, top: 0, right: width, bottom: height };
  const plot = { left: margin.left, top: margin.top, right: plotRight, bottom: plotBottom };
  if (state.reference) {
    const label = text("reference-label", narrow ? words.referenceShort : words.reference, {
      class: "reference-label",
      x: margin.left + 4,
      y: ry - 6,
      "text-anchor": "start",
    });
    const along = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => margin.left + 4 + (k * (plotRight - margin.left)) / 8);
    pushPlaced(
      marks,
      label,
      [
        ...along.map((x) => ({ x, y: ry - 6, "text-anchor": "start" })),
        ...along.map((x) => ({ x, y: ry + fontSize + 4, "text-anchor": "start" })),
      ],
      bounds,
    );
  }

  // Values at the focus year, and a year earlier where the state shows a change: the points first,
  // then each value beside its point where it covers no line, point or other label.
  if (state.focusYear !== undefined) {
    const focusYear = state.focusYear;
    const focusRows = state.focus.map((p) => valueAt(data, state, p, focusYear));
    state.focus.forEach((p, i) => {
      const row = focusRows[i];
      if (!row) return;
      const color = partnerColors[p].light;
      if (state.compareYear !== undefined) {
        const before = valueAt(data, state, p, state.compareYear);
        if (before) {
          marks.push({
            key: `before-dot-${p}`,
            tag: "circle",
            attrs: {
              class: `hollow tint-${p}`,
              cx: x(before.year),
              cy: y(before.share),
              r: 4,
              fill: "#ffffff",
              stroke: color,
              "stroke-width": 2,
            },
          });
        }
      }
      marks.push({
        key: `dot-${p}`,
        tag: "circle",
        attrs: { class: `dot tint-${p}`, cx: x(row.year), cy: y(row.share), r: 5, fill: color },
      });
    });
    const mirror = state.mirror ? data.mirror.find((m) => m.year === focusYear && m.flow === state.flow) : undefined;
    const my = mirror ? y(mirror.shareOfKazakhstanTotal) : 0;
    if (mirror) {
      marks.push({
        key: "mirror-dot",
        tag: "circle",
        attrs: {
          class: "hollow tint-china",
          cx: x(focusYear),
          cy: my,
          r: 5,
          fill: "#ffffff",
          stroke: partnerColors.china.light,
          "stroke-width": 2,
          "stroke-dasharray": "2 2",
        },
      });
    }
    state.focus.forEach((p, i) => {
      const row = focusRows[i];
      if (!row) return;
      const label = text(`value-${p}`, share(row.share), {
        class: `value-label tint-${p}`,
        x: 0,
        y: 0,
        "text-anchor": "end",
        fill: partnerColors[p].light,
        "font-weight": 700,
      });
      pushNearOrReadOut(
        marks,
        label,
        aroundPoint(x(row.year), y(row.share), fontSize),
        fill(words.named, { who: reporter === p ? words.ownWho[p as Counting] : words.names[p], year: row.year, value: share(row.share) }),
        plot,
        fontSize,
        bounds,
      );
    });
    if (mirror) {
      const label = text("mirror-label", fill(words.mirrorLabel, { value: share(mirror.shareOfKazakhstanTotal) }), {
        class: "value-label tint-china",
        x: 0,
        y: 0,
        "text-anchor": "start",
        fill: partnerColors.china.light,
        "font-weight": 700,
      });
      pushNearOrReadOut(
        marks,
        label,
        aroundPoint(x(focusYear), my, fontSize),
        fill(words.named, { who: words.mirrorWho, year: focusYear, value: share(mirror.shareOfKazakhstanTotal) }),
        plot,
        fontSize,
        bounds,
      );
    }
  }

  // The words were built with the rows, from the same figures (words.ts): the browser does not ship their code.
  return { width, height, marks, summary: all.words?.[reporter]?.[stateId] ?? "" };
}

/** What the browser loads for this chart alone: its drawing function and states (src/client/chartDraws.ts). */
export const drawing = pageDrawing(partnerSharesStates, partnerSharesChart);
