import { defineChart } from "../defineChart.ts";
import { withBreaks } from "../withBreaks.ts";
import { partnerSharesRows } from "../partner-shares/data.ts";
import { partnerSharesChart } from "../partner-shares/draw.ts";
import { importSharesStateIds } from "../partner-shares/states.ts";
import { partnerSharesTables } from "../partner-shares/tables.ts";
import { partnerSharesCsv } from "../partner-shares/csv.ts";

/** The partner-shares chart in its import states alone: each partner's share of Kazakhstan's imports. */
export const chart = defineChart({
  order: 2,
  states: importSharesStateIds,
  rows: partnerSharesRows,
  draw: partnerSharesChart,
  series: ["imf-dots", "bns"],
  tables: withBreaks((data) => partnerSharesTables(data).slice(1, 2)),
  csv: (data, series) => partnerSharesCsv(data, ["import"], false, series),
});
