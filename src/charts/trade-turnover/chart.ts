import { defineChart, stateIds } from "../defineChart.ts";
import { withBreaks } from "../withBreaks.ts";
import { tradeTurnoverRows } from "./words.ts";
import { tradeTurnoverChart } from "./draw.ts";
import { tradeTurnoverStates } from "./states.ts";
import { tradeTurnoverTables } from "./tables.ts";
import { tradeTurnoverCsv } from "./csv.ts";

/** Kazakhstan's trade turnover with China and with Russia, and with China as China reported it. */
export const chart = defineChart({
  order: 3,
  states: stateIds(tradeTurnoverStates),
  rows: tradeTurnoverRows,
  draw: tradeTurnoverChart,
  series: ["imf-dots", "bns", "imf-dots-china", "imf-dots-russia"],
  reporters: ["kazakhstan", "china", "russia", "both"],
  tables: withBreaks(tradeTurnoverTables),
  csv: tradeTurnoverCsv,
});
