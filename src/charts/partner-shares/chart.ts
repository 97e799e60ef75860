import { defineChart } from "../defineChart.ts";
import { withBreaks } from "../withBreaks.ts";
import { sharesRowsFor } from "./words.ts";
import { partnerSharesChart } from "./draw.ts";
import { exportSharesStateIds, partnerSharesStates } from "./states.ts";
import { partnerSharesTables } from "./tables.ts";
import { partnerSharesCsv } from "./csv.ts";

/** Each partner's share of Kazakhstan's exports, turning to its imports; with China's and Russia's own figures under the reporter switch. */
export const chart = defineChart({
  order: 1,
  states: exportSharesStateIds,
  rows: sharesRowsFor(exportSharesStateIds),
  draw: partnerSharesChart,
  series: ["imf-dots", "bns", "imf-dots-china", "imf-dots-russia"],
  quotes: (state) => [partnerSharesStates[state]].flatMap((s) => ("reference" in s ? [s.reference.article] : [])),
  reporters: ["kazakhstan", "china", "russia", "both"],
  tables: withBreaks((data, reporter) => partnerSharesTables(data, ["export", "import"], true, reporter)),
  csv: (data, series, reporter) => partnerSharesCsv(data, ["export", "import"], true, series, reporter),
});
