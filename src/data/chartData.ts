import type { ChartId } from "../charts/chartDefinitions.ts";
import type { DataTable } from "../charts/dataTable.ts";
import { partnerSharesTables } from "../charts/partnerSharesTables.ts";
import { dataset } from "./dataset.ts";
import { partnerShares, type PartnerSharesData } from "./partnerShares.ts";
import { partnerSharesCsv } from "./chartCsv.ts";

interface ChartData<Data> {
  /** Exactly the rows the chart draws; they ride along in the page for the browser to redraw. */
  rows: () => Data;
  /** Series ids (sources.json) the rows come from, for the source line. */
  series: string[];
  /** The same figures as tables, for screen readers. */
  tables: (rows: Data) => DataTable[];
  /** Exactly the rows the chart draws as CSV, with reporter and source columns, for download. */
  csv: (rows: Data) => string;
}

/** Build-time side of each chart; kept apart from chartDefinitions so none of it ships to the browser. */
export const chartData: Record<ChartId, ChartData<PartnerSharesData>> = {
  "partner-shares": {
    rows: () => partnerShares(dataset()),
    series: ["imf-dots", "bns", "imf-dots-china"],
    tables: partnerSharesTables,
    csv: (data) => partnerSharesCsv(data, ["export", "import"], true),
  },
  "import-shares": {
    rows: () => partnerShares(dataset()),
    series: ["imf-dots", "bns"],
    tables: (data) => partnerSharesTables(data).slice(1, 2),
    csv: (data) => partnerSharesCsv(data, ["import"], false),
  },
};
