import { csvFormat } from "d3-dsv";
import type { PartnerSharesData } from "./partnerShares.ts";
import type { TradeTurnoverData } from "./tradeTurnover.ts";
import type { GdpGrowthData } from "./gdpGrowth.ts";
import type { ExportCompositionData } from "./exportComposition.ts";
import type { DealsTimelineData } from "./dealsTimeline.ts";
import type { RoutesMapData } from "./routesMap.ts";
import type { Flow } from "./schema.ts";
import { breakYears, type ChartBreak } from "./chartBreaks.ts";

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
      "China's reported figure for its trade with Kazakhstan (its imports from Kazakhstan on a row with flow import mirror Kazakhstan's exports), as a per cent of Kazakhstan's own reported total for Kazakhstan's side of the flow: it mixes two reporters, and is drawn as a hollow dot",
  },
  "trade-value": { unit: "USD", description: "the value of the flow in US dollars, as the reporter published it" },
  turnover: {
    unit: "USD",
    description: "exports plus imports in US dollars: the sum of the two published flows, not a published turnover figure",
  },
  "gdp-growth": { unit: "percent", description: "real GDP growth on the previous year, as published" },
  "growth-estimate": { unit: "percent", description: "an estimate of real GDP growth in a year under way, as quoted at the time" },
  "growth-forecast": { unit: "percent", description: "a forecast of real GDP growth in a year ahead, as quoted at the time" },
  "fuel-export-share": { unit: "percent", description: "fuel's share of Kazakhstan's merchandise exports" },
  "ores-metals-export-share": { unit: "percent", description: "ores and metals' share of Kazakhstan's merchandise exports" },
} as const;
export type Measure = keyof typeof measures;

/**
 * The breaks in the series and the events (content/data/breaks.yaml) that touch a year, named on the row: a
 * recording change over its years, a switch of series in its first year under the new series, an event in its year.
 */
export function breakNote(breaks: readonly ChartBreak[] | undefined, year: number): string {
  return (breaks ?? [])
    .filter((b) => (b.kind === "series-switch" ? year === b.to : year >= b.from && year <= b.to))
    .map((b) => `${b.kind === "event" ? "event" : "break in the series"}, ${breakYears(b)}: ${b.title}`)
    .join("; ");
}

function observation(
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

const observationsCsv = (rows: Observation[]) => csvFormat(rows, [...observationColumns]) + "\n";

/**
 * The partner-shares chart: each partner's share of Kazakhstan's exports and imports and the dollar value
 * behind it, as Kazakhstan reported them; with `withMirror`, China's own figures for the same trade.
 * `flow` is always from Kazakhstan's side: China's imports from Kazakhstan are Kazakhstan's exports.
 */
export function partnerSharesCsv(data: PartnerSharesData, flows: readonly Flow[], withMirror: boolean, series: SeriesInfo): string {
  const rows = data.shares
    .filter((r) => flows.includes(r.flow))
    .flatMap((r) => {
      const common = {
        year: r.year,
        partner: r.partner,
        flow: r.flow,
        series: r.series,
        ...series(r.series),
        note: breakNote(data.breaks, r.year),
      };
      return [
        observation({ ...common, measure: "share-of-trade", value: r.share }),
        observation({ ...common, measure: "trade-value", value: r.valueUsd }),
      ];
    });
  const mirror = withMirror
    ? data.mirror
        .filter((m) => flows.includes(m.flow))
        .flatMap((m) => {
          // China is the reporter, so the partner is Kazakhstan and the flow is China's side of it:
          // China's imports from Kazakhstan are the mirror of Kazakhstan's exports to China.
          const common = {
            year: m.year,
            partner: "kazakhstan",
            flow: m.flow === "export" ? "import" : "export",
            series: "imf-dots-china",
            ...series("imf-dots-china"),
            note: breakNote(data.breaks, m.year),
          };
          return [
            observation({ ...common, measure: "mirror-share", value: m.shareOfKazakhstanTotal }),
            observation({ ...common, measure: "trade-value", value: m.chinaReportedUsd }),
          ];
        })
    : [];
  return observationsCsv([...rows, ...mirror]);
}

/** The trade-turnover chart: turnover with China and Russia as Kazakhstan reported it, and with China as China reported it. */
export function tradeTurnoverCsv(data: TradeTurnoverData, series: SeriesInfo): string {
  return observationsCsv([
    ...data.turnover.map((r) =>
      observation({
        year: r.year,
        measure: "turnover",
        partner: r.partner,
        value: r.turnoverUsd,
        series: r.series,
        ...series(r.series),
        note: breakNote(data.breaks, r.year),
      }),
    ),
    ...data.mirror.map((m) =>
      observation({
        year: m.year,
        measure: "turnover",
        partner: "kazakhstan",
        value: m.turnoverUsd,
        series: "imf-dots-china",
        ...series("imf-dots-china"),
        note: breakNote(data.breaks, m.year),
      }),
    ),
  ]);
}

/** The gdp-growth chart: both publishers' growth by year, and the estimates and forecasts quoted at the time. */
export function gdpGrowthCsv(data: GdpGrowthData, series: SeriesInfo): string {
  return observationsCsv([
    ...data.worldBank.map((p) =>
      observation({
        year: p.year,
        measure: "gdp-growth",
        value: p.growthPct,
        series: "wb-wdi",
        ...series("wb-wdi"),
        note: breakNote(data.breaks, p.year),
      }),
    ),
    ...data.imf.map((p) =>
      observation({
        year: p.year,
        measure: "gdp-growth",
        value: p.growthPct,
        series: "imf-weo",
        ...series("imf-weo"),
        note: breakNote(data.breaks, p.year),
      }),
    ),
    ...data.claims.map((c) =>
      observation({
        year: c.year,
        measure: c.kind === "estimate" ? "growth-estimate" : "growth-forecast",
        reporter: c.made_by,
        value: c.growthPct,
        series: "news-points",
        source: `${c.reported_source} (made ${c.made_on})`,
      }),
    ),
  ]);
}

/** The export-composition chart: fuel's and ores and metals' shares of exports; years without a figure are left out. */
export function exportCompositionCsv(data: ExportCompositionData, series: SeriesInfo): string {
  const rows = (["fuel", "ores-metals"] as const).flatMap((indicator) =>
    data.series[indicator].flatMap((p) =>
      p.sharePct === null
        ? []
        : [
            observation({
              year: p.year,
              measure: indicator === "fuel" ? "fuel-export-share" : "ores-metals-export-share",
              value: p.sharePct,
              series: "wb-wdi-exports",
              ...series("wb-wdi-exports"),
            }),
          ],
    ),
  );
  return observationsCsv(rows);
}

/** The columns of the deals-timeline chart's CSV: one announcement per row. */
export const dealColumns = ["date", "amount_usd", "projects", "what", "announced_by", "article", "series", "source"] as const;

/** The deals-timeline chart: each announcement as the article reports it. */
export function dealsTimelineCsv(data: DealsTimelineData, series: SeriesInfo): string {
  const rows = data.deals.map((d) => ({
    date: d.date,
    amount_usd: d.amountUsd,
    projects: d.projects ?? "",
    what: d.what,
    announced_by: d.announcedBy,
    article: d.article,
    series: `article-${d.article}`,
    source: series(`article-${d.article}`).source,
  }));
  return csvFormat(rows, [...dealColumns]) + "\n";
}

/** The columns of the routes-map chart's CSV: one rail service per row, with the coordinates of its ends. */
export const routeColumns = [
  "route",
  "from",
  "from_lon",
  "from_lat",
  "to",
  "to_lon",
  "to_lat",
  "started",
  "service",
  "article",
  "series",
  "source",
] as const;

/**
 * The routes-map chart: each rail service the articles describe, from place to place. Where the article
 * names only the five Central Asian states, `to` says so and has no coordinates: the map draws the line to the
 * middle of the five states, schematically, which is no gazetteer point.
 */
export function routesMapCsv(data: RoutesMapData, series: SeriesInfo): string {
  const rows = data.routes.map((r) => ({
    route: r.id,
    from: r.from.name,
    from_lon: r.from.lon,
    from_lat: r.from.lat,
    to: r.to.name,
    to_lon: r.to.isRegion ? "" : r.to.lon,
    to_lat: r.to.isRegion ? "" : r.to.lat,
    started: r.started,
    service: r.service,
    article: r.article,
    series: `article-${r.article}`,
    source: `${series(`article-${r.article}`).source}; coordinates: ${series("geonames").source}`,
  }));
  return csvFormat(rows, [...routeColumns]) + "\n";
}
