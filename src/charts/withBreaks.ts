import { breaksTable, chartBreaks, type ChartBreak } from "./chartBreaks.ts";
import { breaks } from "../data/breaks.ts";
import type { SeriesBreak } from "../data/breakSchema.ts";
import type { DataTable } from "./dataTable.ts";
import type { Reporter } from "./reporters.ts";

/** The breaks the trade series have: the customs union's recording change and the switch of source. */
export const TRADE_BREAKS = ["recording-change", "series-switch"] as const;

/**
 * A shaper's rows with the breaks and events of content/data/breaks.yaml inside their years added, so the
 * chart draws and names them. Added at build time (in a chart's data.ts), so the browser's chart code never loads the file.
 */
export function breaksAdded<Data extends { firstYear: number; lastYear: number }>(
  rows: Data,
  kinds: readonly SeriesBreak["kind"][],
): Data & { breaks: ChartBreak[] } {
  return { ...rows, breaks: chartBreaks(breaks(), rows.firstYear, rows.lastYear, kinds) };
}

/** A chart's tables, followed by the breaks and events it draws (content/data/breaks.yaml), so its table and CSV name them. */
export function withBreaks<Data extends { breaks?: ChartBreak[] }>(
  tables: (rows: Data, reporter?: Reporter) => DataTable[],
): (rows: Data, reporter?: Reporter) => DataTable[] {
  return (rows, reporter) => {
    const drawn = rows.breaks ?? [];
    return drawn.length > 0 ? [...tables(rows, reporter), breaksTable(drawn)] : tables(rows, reporter);
  };
}
