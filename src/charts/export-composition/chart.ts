import { dataset } from "../../data/dataset.ts";
import { defineChart, stateIds } from "../defineChart.ts";
import { exportComposition } from "./data.ts";
import { exportCompositionChart } from "./draw.ts";
import { exportCompositionStates } from "./states.ts";
import { exportCompositionTables } from "./tables.ts";
import { exportCompositionCsv } from "./csv.ts";

/** Fuel's and ores and metals' shares of Kazakhstan's merchandise exports. */
export const chart = defineChart({
  order: 5,
  states: stateIds(exportCompositionStates),
  rows: (edition) => exportComposition(dataset(), edition),
  draw: exportCompositionChart,
  series: ["wb-wdi-exports"],
  tables: exportCompositionTables,
  csv: exportCompositionCsv,
});
