import { linearScale } from "../linearScale.ts";
import type { ChartModel, Mark, Size } from "../marks.ts";
import { pageDrawing } from "../pageDrawing.ts";
import { dealsTimelineStates, type DealsTimelineState, type DealsTimelineStateId } from "./states.ts";
import { measureColors } from "../measureColors.ts";
import { lineMark, px, textMaker, wrapWords } from "../markHelpers.ts";
import type { Deal, DealsTimelineData } from "./data.ts";
import { formatUsd } from "../../lib/formatUsd.ts";

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** "2018-02" as "February 2018", or "Feb 2018" when short. */
const monthYear = (date: string, short = false) => {
  const name = monthNames[Number(date.slice(5, 7)) - 1]!;
  return `${short ? name.slice(0, 3) : name} ${date.slice(0, 4)}`;
};
/** Months since year 0, at the middle of the month, so a bar sits inside its month. */
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + 0.5;

const keyOf = (d: Deal) => `${d.date}-${d.label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
const colorOf = (d: Deal) => measureColors[`article-${d.article}`].light;

/** One deal in words: its value, what it covers and when. */
function describe(d: Deal): string {
  const value = d.projects === null ? `${formatUsd(d.amountUsd)} of ${d.what}` : `${formatUsd(d.amountUsd)} for ${d.projects} ${d.what}`;
  return `${value} (${monthYear(d.date)})`;
}

/** The sum of one article's deals, for the bracket and the words. */
export function articleTotal(data: DealsTimelineData, article: string): number {
  return data.deals.filter((d) => d.article === article).reduce((sum, d) => sum + d.amountUsd, 0);
}

/** Words for what the state shows, built from the same rows the marks are: article by article, naming who announced what. */
function summarise(data: DealsTimelineData, state: DealsTimelineState): string {
  const parts = ["Deals and investment between China and Kazakhstan as two news articles report them: announced values, not statistics."];
  const articles = [...new Set(data.deals.map((d) => d.article))].filter((a) => state.focus === undefined || a === state.focus);
  for (const article of articles) {
    const deals = data.deals.filter((d) => d.article === article);
    const announcers = [...new Set(deals.map((d) => d.announcedBy))].filter((who) => who !== "not named in the article");
    const who = announcers.length ? `, announced by ${announcers.join(" and ")}` : "";
    parts.push(`The ${article} article: ${deals.map(describe).join("; ")}${who}.`);
  }
  if (state.sum && state.focus) {
    parts.push(`Together ${formatUsd(articleTotal(data, state.focus))}; the ${state.focus} article puts it at ${state.sum.quote}.`);
  }
  return parts.join(" ");
}

/**
 * The deals and investment the two articles report, as bars on a time axis: one bar per
 * announcement, its height the value in US dollars, its colour the article that reports it.
 * No value axis: every bar carries its figure. A pure function of (data, state, size).
 */
export function dealsTimelineChart(data: DealsTimelineData, stateId: DealsTimelineStateId, { width, height }: Size): ChartModel {
  const state: DealsTimelineState = dealsTimelineStates[stateId];
  const narrow = width < 480;
  const fontSize = narrow ? 12 : 13;
  const lineHeight = fontSize + 2;
  const text = textMaker(fontSize);
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
    text("note", narrow ? "Announced values, not statistics" : "Announced values, as the articles report them; not statistics", {
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
      key: `bar-${keyOf(d)}`,
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
  bars.forEach((bar, i) => {
    const d = bar.deal;
    const blockBottom = (top: number) => top + 3 * lineHeight;
    const blocks = (other: (typeof bars)[number]) => other.top < blockBottom(bar.top);
    const leftNeighbour = bars.slice(0, i).filter(blocks).at(-1);
    const rightNeighbour = bars.slice(i + 1).find(blocks);
    const roomLeft = bar.left - (leftNeighbour ? leftNeighbour.right : margin.left) - 6;
    const roomRight = (rightNeighbour ? rightNeighbour.left : width - margin.right) - bar.right - 6;
    const onRight = roomRight >= roomLeft;
    const room = onRight ? roomRight : roomLeft;
    const lines = [
      { value: formatUsd(d.amountUsd), cls: `value-label tint-article-${d.article}`, fill: colorOf(d), weight: strong(d) ? 700 : 400 },
      ...wrapWords(d.label, Math.max(6, Math.min(narrow ? 12 : 20, Math.floor(room / charWidth)))).map((value) => ({
        value,
        cls: `series-label tint-article-${d.article}`,
        fill: colorOf(d),
        weight: 400,
      })),
      { value: monthYear(d.date, true), cls: "note", fill: "#595959", weight: 400 },
    ];
    const top = Math.min(bar.top, plotBottom - lines.length * lineHeight);
    lines.forEach((line, k) => {
      marks.push(
        text(k === 0 ? `amount-${keyOf(d)}` : `label-${keyOf(d)}-${k}`, line.value, {
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
    const yb = Math.min(...group.map((b) => b.top)) - 10;
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
    const words = [
      `${formatUsd(articleTotal(data, state.focus))} together;`,
      narrow ? "the article says" : `the ${state.focus} article says`,
      state.sum.quote,
    ];
    words.forEach((value, k) => {
      marks.push(
        text(`bracket-label-${k + 1}`, value, {
          class: "reference-label",
          x: px(x0),
          y: px(yb - 6 - (words.length - 1 - k) * lineHeight),
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
    const yb = Math.min(...group.map((b) => b.top)) - 8;
    const words = wrapWords(`Announced by ${announcedBy}`, narrow ? 29 : 36);
    words.forEach((value, k) => {
      marks.push(
        text(`announcer-${k + 1}`, value, {
          class: "reference-label",
          x: px(right),
          y: px(yb - (words.length - 1 - k) * lineHeight),
          "text-anchor": "end",
          fill: "#1a1a1a",
          "font-weight": 400,
        }),
      );
    });
  }

  return { width, height, marks, summary: summarise(data, state) };
}

/** What the browser loads for this chart alone: its drawing function and states (src/client/chartDraws.ts). */
export const drawing = pageDrawing(dealsTimelineStates, dealsTimelineChart);
