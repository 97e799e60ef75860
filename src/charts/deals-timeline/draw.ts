import { linearScale } from "../linearScale.ts";
import type { ChartModel, Mark, Size } from "../marks.ts";
import { pageDrawing } from "../pageDrawing.ts";
import { dealsTimelineStates, type DealsTimelineState, type DealsTimelineStateId } from "./states.ts";
import { measureColors } from "../measureColors.ts";
import { lineMark, px, textMaker, wrapWords } from "../markHelpers.ts";
import { articleTotal, type Deal, type DealsTimelineData } from "./rows.ts";
import { usdIn } from "../numerals.ts";
import { fill } from "../chartText.ts";

/** Months since year 0, at the middle of the month, so a bar sits inside its month. */
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + 0.5;

const colorOf = (d: Deal) => measureColors[`article-${d.article}`].light;

export { articleTotal } from "./rows.ts";

/**
 * The deals and investment the two articles report, as bars on a time axis: one bar per
 * announcement, its height the value in US dollars, its colour the article that reports it.
 * No value axis: every bar carries its figure. A pure function of (data, state, size); every word it writes
 * comes with the rows, in their edition (text.ts, words.ts).
 */
export function dealsTimelineChart(data: DealsTimelineData, stateId: DealsTimelineStateId, { width, height }: Size): ChartModel {
  const state: DealsTimelineState = dealsTimelineStates[stateId];
  const narrow = width < 480;
  const fontSize = narrow ? 12 : 13;
  const lineHeight = fontSize + 2;
  const text = textMaker(fontSize);
  const words = data.text;
  const usd = (value: number) => usdIn(value, data.numerals);
  const margin = { top: 34, right: 8, bottom: 26, left: 8 };
  // Room above the tallest bar for a bracket and its three lines of words.
  const plotTop = margin.top + 3.5 * lineHeight + 10;
  const plotBottom = height - margin.bottom;
  const barWidth = narrow ? 10 : 16;

  const years = data.deals.map((d) => Number(d.date.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  // Half a year before the first January leaves room for the first bar's words on its left, and
  // a strip after the last month room for the last bar's on its right.
  const lastMonth = Math.max(...data.deals.map((d) => monthIndex(d.date)));
  const x = linearScale([firstYear * 12 - 6, lastMonth + 1], [margin.left, width - margin.right - (narrow ? 64 : 100)]);
  const y = linearScale([0, Math.max(...data.deals.map((d) => d.amountUsd))], [plotBottom, plotTop]);
  const marks: Mark[] = [];

  marks.push(
    text("note", narrow ? words.noteNarrow : words.note, {
      class: "axis-title",
      x: 0,
      y: 14,
      "font-weight": 600,
    }),
  );
  marks.push(lineMark("xaxis", "axis", margin.left, plotBottom, width - margin.right, plotBottom));
  for (let year = firstYear; year <= lastYear; year++) {
    const tx = x(year * 12);
    marks.push(lineMark(`xtickmark-${year}`, "axis", tx, plotBottom, tx, plotBottom + 4));
    marks.push(text(`xtick-${year}`, String(year), { class: "tick", x: px(tx), y: plotBottom + 18, "text-anchor": "middle" }));
  }

  // Bars: announcements in the same month stand side by side.
  const bars = data.deals.map((d) => {
    const sameMonth = data.deals.filter((e) => e.date === d.date);
    const k = sameMonth.indexOf(d);
    const centre = x(monthIndex(d.date)) + (k - (sameMonth.length - 1) / 2) * (barWidth + 2);
    return { deal: d, left: centre - barWidth / 2, right: centre + barWidth / 2, top: y(d.amountUsd) };
  });
  const strong = (d: Deal) => state.focus === undefined || d.article === state.focus;
  for (const bar of bars) {
    const d = bar.deal;
    marks.push({
      key: `bar-${d.key}`,
      tag: "rect",
      attrs: {
        class: `bar${strong(d) ? "" : " hollow"} tint-article-${d.article}`,
        x: px(bar.left),
        y: px(Math.min(bar.top, plotBottom - 1)),
        width: barWidth,
        height: px(Math.max(1, plotBottom - bar.top)),
        fill: strong(d) ? colorOf(d) : "#ffffff",
        stroke: colorOf(d),
        "stroke-width": 1.5,
      },
    });
  }

  // Each bar's words on the side with more room, where no taller neighbour stands in the way,
  // wrapped to fit that room.
  const charWidth = fontSize * 0.55;
  const sides = bars.map((bar, i) => {
    const blockBottom = (top: number) => top + 3 * lineHeight;
    const blocks = (other: (typeof bars)[number]) => other.top < blockBottom(bar.top);
    const left = bars.slice(0, i).filter(blocks).at(-1);
    const right = bars.slice(i + 1).find(blocks);
    const roomLeft = bar.left - (left ? left.right : margin.left) - 6;
    const roomRight = (right ? right.left : width - margin.right) - bar.right - 6;
    const onRight = roomRight >= roomLeft;
    return { onRight, room: onRight ? roomRight : roomLeft, facing: onRight ? right : left };
  });
  const linesOf = (bar: (typeof bars)[number], room: number) => {
    const d = bar.deal;
    // The figure wraps too where a translation's is longer than the room ("18,0 млрд" over "долл.").
    const weight = strong(d) ? 700 : 400;
    return [
      ...wrapWords(usd(d.amountUsd), Math.max(6, Math.floor(room / (fontSize * 0.6)))).map((value, k) => ({
        key: k ? `amount-${d.key}-${k + 1}` : `amount-${d.key}`,
        value,
        cls: `value-label tint-article-${d.article}`,
        fill: colorOf(d),
        weight,
      })),
      ...[
        ...wrapWords(d.label, Math.max(6, Math.min(narrow ? 12 : 20, Math.floor(room / charWidth)))).map((value) => ({
          value,
          cls: `series-label tint-article-${d.article}`,
          fill: colorOf(d),
          weight: 400,
        })),
        { value: d.when, cls: "note", fill: "#595959", weight: 400 },
      ].map((line, k) => ({ ...line, key: `label-${d.key}-${k + 1}` })),
    ];
  };
  /** Each line's box where it would be drawn beside its bar: [left, top, right, bottom]. */
  const boxes = (i: number, lines: ReturnType<typeof linesOf>) => {
    const bar = bars[i]!;
    const { onRight } = sides[i]!;
    const top = Math.min(bar.top, plotBottom - lines.length * lineHeight);
    return lines.map((line, k) => {
      const y = top + fontSize - 2 + k * lineHeight;
      const w = line.value.length * fontSize * (line.weight > 400 ? 0.6 : 0.55);
      const x = onRight ? bar.right + 6 : bar.left - 6 - w;
      return [x, y - 0.75 * fontSize, x + w, y + 0.22 * fontSize] as const;
    });
  };
  const meet = (a: ReturnType<typeof boxes>, b: ReturnType<typeof boxes>) =>
    a.some(([l0, t0, r0, b0]) => b.some(([l1, t1, r1, b1]) => l0 < r1 && l1 < r0 && t0 < b1 && t1 < b0));
  // Where each bar's words begin: on a short plot they stand above the bar's top, and what is drawn over a group
  // (the bracket, the announcer) goes above them.
  const wordsTop = new Map<(typeof bars)[number], number>();
  bars.forEach((bar, i) => {
    const { onRight, room, facing } = sides[i]!;
    let lines = linesOf(bar, room);
    // Two bars whose words face each other across one gap share it where their words would meet (a translation's
    // longer words): each then wraps to half the gap.
    const j = facing ? bars.indexOf(facing) : -1;
    if (j >= 0 && sides[j]!.onRight !== onRight && meet(boxes(i, lines), boxes(j, linesOf(facing!, sides[j]!.room))))
      lines = linesOf(bar, (room - 6) / 2);
    const top = Math.min(bar.top, plotBottom - lines.length * lineHeight);
    wordsTop.set(bar, Math.min(bar.top, top - 2 + 0.25 * fontSize));
    lines.forEach((line, k) => {
      marks.push(
        text(line.key, line.value, {
          class: line.cls,
          x: px(onRight ? bar.right + 6 : bar.left - 6),
          y: px(top + fontSize - 2 + k * lineHeight),
          "text-anchor": onRight ? "start" : "end",
          fill: line.fill,
          "font-weight": line.weight,
        }),
      );
    });
  });

  // The article's own total against the sum of its figures.
  if (state.sum && state.focus) {
    const group = bars.filter((b) => b.deal.article === state.focus);
    const x0 = Math.min(...group.map((b) => b.left));
    const x1 = Math.max(...group.map((b) => b.right));
    const yb = Math.min(...group.map((b) => wordsTop.get(b) ?? b.top)) - 10;
    marks.push({
      key: "bracket",
      tag: "path",
      attrs: {
        class: "bracket",
        d: `M${px(x0)},${px(yb + 6)}V${px(yb)}H${px(x1)}V${px(yb + 6)}`,
        fill: "none",
        stroke: "#1a1a1a",
        "stroke-width": 1.5,
      },
    });
    const lines = [
      fill(words.together, { value: usd(articleTotal(data, state.focus)) }),
      narrow ? words.articleSaysNarrow : fill(words.articleSays, { article: state.focus }),
      words.quote,
    ];
    lines.forEach((value, k) => {
      marks.push(
        text(`bracket-label-${k + 1}`, value, {
          class: "reference-label",
          x: px(x0),
          y: px(yb - 6 - (lines.length - 1 - k) * lineHeight),
          fill: "#1a1a1a",
          "font-weight": k === 0 ? 700 : 400,
        }),
      );
    });
  }

  if (state.announcer && state.focus) {
    const group = bars.filter((b) => b.deal.article === state.focus);
    const announcedBy = group[0]!.deal.announcedBy;
    const right = Math.max(...group.map((b) => b.right));
    const yb = Math.min(...group.map((b) => wordsTop.get(b) ?? b.top)) - 8;
    const lines = wrapWords(fill(words.announcedBy, { who: announcedBy }), narrow ? 29 : 36);
    lines.forEach((value, k) => {
      marks.push(
        text(`announcer-${k + 1}`, value, {
          class: "reference-label",
          x: px(right),
          y: px(yb - (lines.length - 1 - k) * lineHeight),
          "text-anchor": "end",
          fill: "#1a1a1a",
          "font-weight": 400,
        }),
      );
    });
  }

  // The words were built with the rows, from the same figures (words.ts): the browser does not ship their code.
  return { width, height, marks, summary: data.words[stateId] };
}

/** What the browser loads for this chart alone: its drawing function and states (src/client/chartDraws.ts). */
export const drawing = pageDrawing(dealsTimelineStates, dealsTimelineChart);
