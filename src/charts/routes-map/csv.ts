import { csvFormat } from "d3-dsv";
import type { SeriesInfo } from "../chartCsv.ts";
import type { RoutesMapData } from "./rows.ts";

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
