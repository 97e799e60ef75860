import type { ChartId } from "../charts/chartDefinitions.ts";
import type { DataTable } from "../charts/dataTable.ts";
import { partnerSharesTables } from "../charts/partnerSharesTables.ts";
import { tradeTurnoverTables } from "../charts/tradeTurnoverTables.ts";
import { gdpGrowthTables } from "../charts/gdpGrowthTables.ts";
import { exportCompositionTables } from "../charts/exportCompositionTables.ts";
import { dealsTimelineTables } from "../charts/dealsTimelineTables.ts";
import { routesMapTables } from "../charts/routesMapTables.ts";
import { dataset } from "./dataset.ts";
import { partnerShares, type PartnerSharesData } from "./partnerShares.ts";
import { dealsTimelineCsv, exportCompositionCsv, gdpGrowthCsv, partnerSharesCsv, routesMapCsv, tradeTurnoverCsv } from "./chartCsv.ts";
import { tradeTurnover } from "./tradeTurnover.ts";
import { gdpGrowth } from "./gdpGrowth.ts";
import { exportComposition } from "./exportComposition.ts";
import { dealsTimeline } from "./dealsTimeline.ts";
import { routesMap } from "./routesMap.ts";

interface ChartData<Data> {
  /** Exactly the rows the chart draws; they ride along in the page for the browser to redraw. */
  rows: () => Data;
  /** Series ids (sources.json) the rows come from, for the source line. */
  series: string[];
  /** The same figures as tables, for screen readers. */
  tables: (rows: Data) => DataTable[];
  /** Exactly the figures the chart draws as a tidy CSV, with reporter, series and source columns, for download. */
  csv: (rows: Data) => string;
}

/**
 * Ties a chart's shaper to its tables and CSV, checked here, then hands the page a form that does
 * not care which chart it is: the page only ever passes one chart's rows back to the same chart.
 */
function chartEntry<Data>(
  rows: () => Data,
  series: string[],
  tables: (rows: Data) => DataTable[],
  csv: (rows: Data) => string,
): ChartData<unknown> {
  return { rows, series, tables: (data) => tables(data as Data), csv: (data) => csv(data as Data) };
}

const shares = () => partnerShares(dataset());

/** A series' source line, "<name> (<release>)", and who reported it, as the CSVs give them. */
function seriesInfo(id: string): { source: string; reporter: string } {
  const source = dataset().sources.find((s) => s.id === id);
  if (!source) throw new Error(`No series "${id}" in content/data/sources.json`);
  return { source: `${source.name} (${source.release})`, reporter: source.reportedBy };
}

/** Build-time side of each chart; kept apart from chartDefinitions so none of it ships to the browser. */
export const chartData: Record<ChartId, ChartData<unknown>> = {
  "partner-shares": chartEntry(shares, ["imf-dots", "bns", "imf-dots-china"], partnerSharesTables, (data: PartnerSharesData) =>
    partnerSharesCsv(data, ["export", "import"], true, seriesInfo),
  ),
  "import-shares": chartEntry(
    shares,
    ["imf-dots", "bns"],
    (data: PartnerSharesData) => partnerSharesTables(data).slice(1, 2),
    (data: PartnerSharesData) => partnerSharesCsv(data, ["import"], false, seriesInfo),
  ),
  "trade-turnover": chartEntry(() => tradeTurnover(dataset()), ["imf-dots", "bns", "imf-dots-china"], tradeTurnoverTables, (data) =>
    tradeTurnoverCsv(data, seriesInfo),
  ),
  "gdp-growth": chartEntry(() => gdpGrowth(dataset()), ["wb-wdi", "imf-weo", "news-points"], gdpGrowthTables, (data) => gdpGrowthCsv(data, seriesInfo)),
  "export-composition": chartEntry(() => exportComposition(dataset()), ["wb-wdi-exports"], exportCompositionTables, (data) =>
    exportCompositionCsv(data, seriesInfo),
  ),
  "deals-timeline": chartEntry(() => dealsTimeline(dataset()), ["article-2015", "article-2018"], dealsTimelineTables, (data) =>
    dealsTimelineCsv(data, seriesInfo),
  ),
  "routes-map": chartEntry(() => routesMap(dataset()), ["article-2015", "article-2018", "geonames", "natural-earth"], routesMapTables, (data) =>
    routesMapCsv(data, seriesInfo),
  ),
};
