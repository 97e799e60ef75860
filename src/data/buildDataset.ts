import { parseCsv } from "./parseCsv.ts";
import {
  CENTRAL_ASIA,
  dealRowSchema,
  exportShareRowSchema,
  forecastRowSchema,
  gdpRowSchema,
  placeRowSchema,
  railRouteRowSchema,
  sourceSchema,
  tradeRowSchema,
  type DealRow,
  type ExportShareRow,
  type ForecastRow,
  type GdpRow,
  type PlaceRow,
  type RailRouteRow,
  type Source,
  type TradeRow,
} from "./schema.ts";
import { DataFileError } from "./DataFileError.ts";

export interface Dataset {
  trade: TradeRow[];
  gdp: GdpRow[];
  exportShares: ExportShareRow[];
  forecasts: ForecastRow[];
  deals: DealRow[];
  places: PlaceRow[];
  railRoutes: RailRouteRow[];
  sources: Source[];
}

/** Validates the sources file: every entry complete, ids unique. */
function parseSources(entries: unknown[], file: string): Source[] {
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataFileError(file, index + 1, String(issue.path[0] ?? "?"), issue.message);
    }
    if (seen.has(parsed.data.id)) throw new DataFileError(file, index + 1, "id", `duplicate id ${parsed.data.id}`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

/** Every series a data row names must be described in sources.json. */
function assertSourced(rows: { series: string }[], sources: Source[], file: string): void {
  const ids = new Set(sources.map((s) => s.id));
  rows.forEach((row, index) => {
    if (!ids.has(row.series)) {
      throw new DataFileError(file, index + 1, "series", `series ${row.series} has no entry in sources.json`);
    }
  });
}

/** Every route must start and end at a place in places.csv (or at the five Central Asian states). */
function assertRoutesPlaced(routes: RailRouteRow[], places: PlaceRow[], file: string): void {
  const ids = new Set(places.map((p) => p.id));
  routes.forEach((route, index) => {
    if (!ids.has(route.origin)) throw new DataFileError(file, index + 1, "origin", `no place ${route.origin} in places.csv`);
    if (!ids.has(route.destination) && route.destination !== CENTRAL_ASIA) {
      throw new DataFileError(file, index + 1, "destination", `no place ${route.destination} in places.csv`);
    }
  });
}

/** The text of each file of content/data the dataset is made from (sources.json already parsed). */
export interface DatasetTexts {
  trade: string;
  gdp: string;
  exportShares: string;
  forecasts: string;
  deals: string;
  places: string;
  railRoutes: string;
  sources: unknown[];
}

/** The curated dataset from its files' text, validated; a malformed file stops the build naming file, row and field. */
export function buildDataset(texts: DatasetTexts): Dataset {
  const {
    trade: tradeCsv,
    gdp: gdpCsv,
    exportShares: exportCsv,
    forecasts: forecastsCsv,
    deals: dealsCsv,
    places: placesCsv,
    railRoutes: railRoutesCsv,
  } = texts;
  const sources = parseSources(texts.sources, "content/data/sources.json");
  const trade = parseCsv(tradeCsv, "content/data/trade-by-partner.csv", tradeRowSchema, ["year", "reporter", "partner", "flow", "series"]);
  const gdp = parseCsv(gdpCsv, "content/data/gdp-growth.csv", gdpRowSchema, ["year", "series"]);
  assertSourced(trade, sources, "content/data/trade-by-partner.csv");
  const exportShares = parseCsv(exportCsv, "content/data/export-composition.csv", exportShareRowSchema, ["year", "indicator"]);
  const forecasts = parseCsv(forecastsCsv, "content/data/forecasts.csv", forecastRowSchema, ["year", "measure"]);
  const deals = parseCsv(dealsCsv, "content/data/deals.csv", dealRowSchema, ["date", "what"]);
  const places = parseCsv(placesCsv, "content/data/places.csv", placeRowSchema, ["id"]);
  const railRoutes = parseCsv(railRoutesCsv, "content/data/rail-routes.csv", railRouteRowSchema, ["id"]);
  assertSourced(gdp, sources, "content/data/gdp-growth.csv");
  assertSourced(exportShares, sources, "content/data/export-composition.csv");
  assertSourced(forecasts, sources, "content/data/forecasts.csv");
  assertSourced(places, sources, "content/data/places.csv");
  assertSourced(
    deals.map((d) => ({ series: `article-${d.article}` })),
    sources,
    "content/data/deals.csv",
  );
  assertSourced(
    railRoutes.map((r) => ({ series: `article-${r.article}` })),
    sources,
    "content/data/rail-routes.csv",
  );
  assertRoutesPlaced(railRoutes, places, "content/data/rail-routes.csv");
  return { trade, gdp, exportShares, forecasts, deals, places, railRoutes, sources };
}
