import type { SeriesBreak } from "../data/breakSchema.ts";

/** What a chart needs of a break or event to draw, say and tabulate it; shipped with the chart's rows. */
export interface ChartBreak {
  id: string;
  kind: SeriesBreak["kind"];
  /** A few words drawn beside the mark. */
  label: string;
  /** One line naming it, for the chart's words and table. */
  title: string;
  from: number;
  to: number;
  /** Publishers and dates, for the table and CSV. */
  source: string;
}

/** The breaks (and, if asked, events) inside a chart's years, in date order, reduced to what the chart uses. */
export function chartBreaks(all: readonly SeriesBreak[], first: number, last: number, kinds: readonly SeriesBreak["kind"][]): ChartBreak[] {
  return all
    .filter((b) => kinds.includes(b.kind) && b.to >= first && b.from <= last)
    .sort((a, b) => a.from - b.from)
    .map((b) => ({
      id: b.id,
      kind: b.kind,
      label: b.label,
      title: b.title,
      from: b.from,
      to: b.to,
      source: b.sources.map((s) => [s.publisher, s.date].filter(Boolean).join(", ")).join("; "),
    }));
}

/** "2010-2011" or "2014". */
export const breakYears = (b: Pick<ChartBreak, "from" | "to">): string => (b.from === b.to ? String(b.from) : `${b.from}-${b.to}`);

/** A sentence naming each break and event a chart draws, for its words. */
export function breaksSentence(breaks: readonly ChartBreak[]): string {
  if (breaks.length === 0) return "";
  return ` Marked on the chart: ${breaks.map((b) => `${b.title} (${breakYears(b)})`).join("; ")}.`;
}

/** The breaks and events a chart draws, as a table (and so in its CSV). */
export function breaksTable(breaks: readonly ChartBreak[]) {
  return {
    caption: "Breaks in these series, and events marked on the chart",
    columns: ["Years", "Kind", "What", "Source"],
    rows: breaks.map((b) => [breakYears(b), b.kind === "event" ? "event" : "break in the series", b.title, b.source]),
  };
}
