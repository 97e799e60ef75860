import { csvFormat } from "d3-dsv";
import { breakKind, breakYears, type ChartBreak } from "./chartBreaks.ts";
import type { EditionCode } from "../i18n/editions.ts";

/**
 * Chart CSVs: exactly the figures each chart draws, one row per figure, in one tidy shape per kind of chart,
 * so a file opens the same way in pandas, R or a spreadsheet. The columns of each shape are described, with
 * types and units, in the data package (src/downloads/dataPackage.ts), which the tests validate every file against.
 */

/** A series' source line, "<name> (<release>)", and who reported it, from content/data/sources.json. */
export type SeriesInfo = (seriesId: string) => { source: string; reporter: string };

/** The columns of a time-series chart's CSV, in order: one figure per row. */
export const observationColumns = ["year", "measure", "partner", "flow", "reporter", "value", "unit", "series", "source", "note"] as const;
export type Observation = Record<(typeof observationColumns)[number], string | number>;

/** What an observation measures, and its unit; the data package describes each. */
export const measures = {
  "share-of-trade": {
    unit: "percent",
    description: "the partner's share of Kazakhstan's exports or imports, as the reporter published it or as computed from its figures",
  },
  "mirror-share": {
    unit: "percent",
    description:
      "China's or Russia's own reported figure for its trade with Kazakhstan (the row's reporter column says whose; its imports from Kazakhstan mirror Kazakhstan's exports), as a per cent of Kazakhstan's own reported total for Kazakhstan's side of the flow: it mixes two reporters. Drawn as a dot with a dashed outline under Kazakhstan's figures, as a dashed line under a partner's figures or both",
  },
  "trade-value": { unit: "USD", description: "the value of the flow in US dollars, as the reporter published it" },
  turnover: {
    unit: "USD",
    description: "exports plus imports in US dollars: the sum of the two published flows, not a published turnover figure",
  },
  "gdp-growth": { unit: "percent", description: "real GDP growth on the previous year, as published" },
  "growth-estimate": { unit: "percent", description: "an estimate of real GDP growth in a year under way, as quoted at the time" },
  "growth-forecast": { unit: "percent", description: "a forecast of real GDP growth in a year not yet over, as quoted at the time" },
  "fuel-export-share": { unit: "percent", description: "fuel's share of Kazakhstan's merchandise exports" },
  "ores-metals-export-share": { unit: "percent", description: "ores and metals' share of Kazakhstan's merchandise exports" },
} as const;
export type Measure = keyof typeof measures;

/** Who reported a CSV row's figure, for which partner, and whether it is a share of Kazakhstan's own total. */
export interface NotedRow {
  reporter: string;
  partner: string;
  overKazakhstanTotal: boolean;
}

/**
 * Whether a break touches a row: an event touches every row of its year; a break, each of its reporters' figures
 * for the partners it names, and a recording change that touches Kazakhstan's totals ("world") every share of them, a
 * partner's own figure over Kazakhstan's total among them. A change of source touches only its reporter's rows:
 * China's and Russia's own series end in 2020, they do not change source.
 */
function touches(b: ChartBreak, row: NotedRow): boolean {
  if (!b.affects) return true;
  return b.affects.some(
    (a) =>
      (row.reporter === a.reporter &&
        ((a.partners as readonly string[]).includes(row.partner) || (row.overKazakhstanTotal && a.partners.includes("world")))) ||
      (b.kind === "recording-change" && row.overKazakhstanTotal && a.reporter === "kazakhstan" && a.partners.includes("world")),
  );
}

/**
 * The breaks in the series and the events (content/data/breaks.yaml) that touch a year, named on the row (and, given
 * the row, only those that touch its reporter and partner: see `touches`): a
 * recording change over its years, a change of source on its two years (the last under the old source and the first
 * under the new: a reader comparing either with the other crosses it), an event in its year.
 * In the edition's words (English by default; the titles come translated in the rows, breaksAdded with the edition).
 */
export function breakNote(breaks: readonly ChartBreak[] | undefined, year: number, edition: EditionCode = "en", row?: NotedRow): string {
  return (breaks ?? [])
    .filter((b) => year >= b.from && year <= b.to && (!row || touches(b, row)))
    .map((b) => `${breakKind(b, edition)}, ${breakYears(b, edition)}: ${b.title}`)
    .join("; ");
}

export function observation(
  o: Omit<Observation, "unit" | "measure" | "partner" | "flow" | "note"> & {
    measure: Measure;
    partner?: string;
    flow?: string;
    note?: string;
  },
): Observation {
  return {
    year: o.year,
    measure: o.measure,
    partner: o.partner ?? "",
    flow: o.flow ?? "",
    reporter: o.reporter,
    value: o.value,
    unit: measures[o.measure].unit,
    series: o.series,
    source: o.source,
    note: o.note ?? "",
  };
}

/** Observations as CSV text, in the columns' order, ending with a newline. */
export const observationsCsv = (rows: Observation[]) => csvFormat(rows, [...observationColumns]) + "\n";
