import type { DataTable } from "../dataTable.ts";
import { fixedIn } from "../tableCells.ts";
import type { ExportCompositionData } from "./rows.ts";
import { exportCompositionText } from "./text.ts";

/** The export-composition chart's figures, year by year, gaps named as gaps, in the rows' edition. */
export function exportCompositionTables(data: ExportCompositionData): DataTable[] {
  const text = exportCompositionText[data.edition];
  // The World Bank publishes two decimals: a table prints both, so 76.30 reads as 76.30 beside 76.39, not 76.3.
  const cell = (value: number | null | undefined) => (value == null ? text.noFigure : fixedIn(value, 2, data.edition));
  return [
    {
      caption: text.table.caption,
      columns: [...text.table.columns],
      rows: data.series.fuel.map((p, i) => [p.year, cell(p.sharePct), cell(data.series["ores-metals"][i]?.sharePct)]),
    },
  ];
}
