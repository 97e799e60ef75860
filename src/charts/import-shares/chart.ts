import { defineChart } from "../defineChart.ts";
import { withBreaks } from "../withBreaks.ts";
import { sharesRowsFor } from "../partner-shares/words.ts";
import { partnerSharesChart } from "../partner-shares/draw.ts";
import { importSharesStateIds } from "../partner-shares/states.ts";
import { partnerSharesTables } from "../partner-shares/tables.ts";
import { partnerSharesCsv } from "../partner-shares/csv.ts";

/** The partner-shares chart in its import states alone: each partner's share of Kazakhstan's imports, by either side's count. */
export const chart = defineChart({
  order: 2,
  states: importSharesStateIds,
  rows: sharesRowsFor(importSharesStateIds),
  draw: partnerSharesChart,
  series: ["imf-dots", "bns", "imf-dots-china", "imf-dots-russia"],
  reporters: ["kazakhstan", "china", "russia", "both"],
  tables: withBreaks((data, reporter) => partnerSharesTables(data, ["import"], false, reporter)),
  csv: (data, series, reporter) => partnerSharesCsv(data, ["import"], false, series, reporter),
});
