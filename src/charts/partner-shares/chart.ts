import { defineChart } from "../defineChart.ts";
import { withBreaks } from "../withBreaks.ts";
import { partnerSharesRows } from "./data.ts";
import { partnerSharesChart } from "./draw.ts";
import { exportSharesStateIds } from "./states.ts";
import { partnerSharesTables } from "./tables.ts";
import { partnerSharesCsv } from "./csv.ts";

/** Each partner's share of Kazakhstan's exports, turning to its imports; with China's own figures beside them. */
export const chart = defineChart({
  order: 1,
  states: exportSharesStateIds,
  rows: partnerSharesRows,
  draw: partnerSharesChart,
  series: ["imf-dots", "bns", "imf-dots-china"],
  tables: withBreaks(partnerSharesTables),
  csv: (data, series) => partnerSharesCsv(data, ["export", "import"], true, series),
});
