import tradeCsv from "../../content/data/trade-by-partner.csv?raw";
import gdpCsv from "../../content/data/gdp-growth.csv?raw";
import exportCsv from "../../content/data/export-composition.csv?raw";
import forecastsCsv from "../../content/data/forecasts.csv?raw";
import dealsCsv from "../../content/data/deals.csv?raw";
import placesCsv from "../../content/data/places.csv?raw";
import railRoutesCsv from "../../content/data/rail-routes.csv?raw";
import sourcesJson from "../../content/data/sources.json";
import { buildDataset, type Dataset } from "./buildDataset.ts";

export type { Dataset } from "./buildDataset.ts";

let cached: Dataset | undefined;

/** The curated dataset, validated once per build; a malformed file stops the build. */
export function dataset(): Dataset {
  cached ??= buildDataset({
    trade: tradeCsv,
    gdp: gdpCsv,
    exportShares: exportCsv,
    forecasts: forecastsCsv,
    deals: dealsCsv,
    places: placesCsv,
    railRoutes: railRoutesCsv,
    sources: sourcesJson,
  });
  return cached;
}
