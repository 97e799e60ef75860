import { defineChart, stateIds } from "../defineChart.ts";
import { withBreaks } from "../withBreaks.ts";
import { gdpGrowthRows } from "./data.ts";
import { gdpGrowthChart } from "./draw.ts";
import { gdpGrowthStates } from "./states.ts";
import { gdpGrowthTables } from "./tables.ts";
import { gdpGrowthCsv } from "./csv.ts";

/** Kazakhstan's real GDP growth as published, against the estimates and forecasts quoted at the time. */
export const chart = defineChart({
  order: 4,
  states: stateIds(gdpGrowthStates),
  rows: gdpGrowthRows,
  draw: gdpGrowthChart,
  series: ["wb-wdi", "imf-weo", "news-points"],
  tables: withBreaks(gdpGrowthTables),
  csv: gdpGrowthCsv,
});
