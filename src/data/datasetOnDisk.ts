import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset, type Dataset } from "./buildDataset.ts";
import { parseBreaks, type SeriesBreak } from "./breakSchema.ts";

/**
 * The dataset and the breaks file read from content/data with the file system, for build steps that run
 * outside Vite's module graph (the Markdown plugin that checks the prose); pages use dataset() instead.
 */
export function datasetOnDisk(root = process.cwd()): { data: Dataset; breaks: SeriesBreak[] } {
  const read = (name: string) => readFileSync(join(root, "content/data", name), "utf8");
  const data = buildDataset({
    trade: read("trade-by-partner.csv"),
    gdp: read("gdp-growth.csv"),
    exportShares: read("export-composition.csv"),
    forecasts: read("forecasts.csv"),
    deals: read("deals.csv"),
    places: read("places.csv"),
    railRoutes: read("rail-routes.csv"),
    sources: JSON.parse(read("sources.json")) as unknown[],
  });
  return { data, breaks: parseBreaks(read("breaks.yaml")) };
}
