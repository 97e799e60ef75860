import { dataset } from "../../data/dataset.ts";
import { defineChart, stateIds } from "../defineChart.ts";
import { routesMap } from "./data.ts";
import { routesMapChart } from "./draw.ts";
import { routesMapStates } from "./states.ts";
import { routesMapTables } from "./tables.ts";
import { routesMapCsv } from "./csv.ts";

/** The rail services the articles describe, on a map projected at build time. */
export const chart = defineChart({
  order: 7,
  states: stateIds(routesMapStates),
  rows: (edition) => routesMap(dataset(), edition),
  draw: routesMapChart,
  series: ["article-2015", "article-2018", "geonames", "ktz-crossings", "natural-earth"],
  tables: routesMapTables,
  csv: routesMapCsv,
});
