import type { ChartId } from "./chartDefinitions.ts";
import type { DataTable } from "./dataTable.ts";
import { partnerSharesTables } from "./partnerSharesTables.ts";
import { tradeTurnoverTables } from "./tradeTurnoverTables.ts";
import { gdpGrowthTables } from "./gdpGrowthTables.ts";
import { exportCompositionTables } from "./exportCompositionTables.ts";
import { dealsTimelineTables } from "./dealsTimelineTables.ts";
import { routesMapTables } from "./routesMapTables.ts";
import { dataset } from "../data/dataset.ts";
import { partnerShares, type PartnerSharesData } from "../data/partnerShares.ts";
import {
  dealsTimelineCsv,
  exportCompositionCsv,
  gdpGrowthCsv,
  partnerSharesCsv,
  routesMapCsv,
  tradeTurnoverCsv,
} from "../data/chartCsv.ts";
import { tradeTurnover } from "../data/tradeTurnover.ts";
import { gdpGrowth } from "../data/gdpGrowth.ts";
import { exportComposition } from "../data/exportComposition.ts";
import { dealsTimeline } from "../data/dealsTimeline.ts";
import { routesMap } from "../data/routesMap.ts";
import { breaksTable, chartBreaks, type ChartBreak } from "../data/chartBreaks.ts";
import { breaks } from "../data/breaks.ts";
import type { SeriesBreak } from "../data/breakSchema.ts";

/**
 * A shaper's rows with the breaks and events of content/data/breaks.yaml inside their years added, so the
 * chart draws and names them. Added here, at build time, so the browser's chart code never loads the file.
 */
function breaksAdded<Data extends { firstYear: number; lastYear: number }>(
  rows: Data,
  kinds: readonly SeriesBreak["kind"][],
): Data & { breaks: ChartBreak[] } {
  return { ...rows, breaks: chartBreaks(breaks(), rows.firstYear, rows.lastYear, kinds) };
}

/** A chart's tables, followed by the breaks and events it draws (content/data/breaks.yaml), so its table and CSV name them. */
function withBreaks<Data>(tables: (rows: Data) => DataTable[]): (rows: Data) => DataTable[] {
  return (rows) => {
    const drawn = (rows as { breaks?: ChartBreak[] }).breaks ?? [];
    return drawn.length > 0 ? [...tables(rows), breaksTable(drawn)] : tables(rows);
  };
}

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

const TRADE_BREAKS = ["recording-change", "series-switch"] as const;
const shares = () => breaksAdded(partnerShares(dataset()), TRADE_BREAKS);
/** The rows of each chart that draws breaks, as the build hands them over; tests use them too. */
export const rowsWithBreaks = {
  partnerShares: shares,
  tradeTurnover: () => breaksAdded(tradeTurnover(dataset()), [...TRADE_BREAKS, "event"]),
  gdpGrowth: () => breaksAdded(gdpGrowth(dataset()), ["event"]),
};

/** A series' source line, "<name> (<release>)", and who reported it, as the CSVs give them. */
function seriesInfo(id: string): { source: string; reporter: string } {
  const source = dataset().sources.find((s) => s.id === id);
  if (!source) throw new Error(`No series "${id}" in content/data/sources.json`);
  return { source: `${source.name} (${source.release})`, reporter: source.reportedBy };
}

/** Build-time side of each chart; kept apart from chartDefinitions so none of it ships to the browser. */
export const chartData: Record<ChartId, ChartData<unknown>> = {
  "partner-shares": chartEntry(shares, ["imf-dots", "bns", "imf-dots-china"], withBreaks(partnerSharesTables), (data: PartnerSharesData) =>
    partnerSharesCsv(data, ["export", "import"], true, seriesInfo),
  ),
  "import-shares": chartEntry(
    shares,
    ["imf-dots", "bns"],
    withBreaks((data: PartnerSharesData) => partnerSharesTables(data).slice(1, 2)),
    (data: PartnerSharesData) => partnerSharesCsv(data, ["import"], false, seriesInfo),
  ),
  "trade-turnover": chartEntry(
    rowsWithBreaks.tradeTurnover,
    ["imf-dots", "bns", "imf-dots-china"],
    withBreaks(tradeTurnoverTables),
    (data) => tradeTurnoverCsv(data, seriesInfo),
  ),
  "gdp-growth": chartEntry(rowsWithBreaks.gdpGrowth, ["wb-wdi", "imf-weo", "news-points"], withBreaks(gdpGrowthTables), (data) =>
    gdpGrowthCsv(data, seriesInfo),
  ),
  "export-composition": chartEntry(
    () => exportComposition(dataset()),
    ["wb-wdi-exports"],
    exportCompositionTables,
    (data) => exportCompositionCsv(data, seriesInfo),
  ),
  "deals-timeline": chartEntry(
    () => dealsTimeline(dataset()),
    ["article-2015", "article-2018"],
    dealsTimelineTables,
    (data) => dealsTimelineCsv(data, seriesInfo),
  ),
  "routes-map": chartEntry(
    () => routesMap(dataset()),
    ["article-2015", "article-2018", "geonames", "natural-earth"],
    routesMapTables,
    (data) => routesMapCsv(data, seriesInfo),
  ),
};
