import type { DataTable } from "../dataTable.ts";
import { cellIn } from "../tableNumbers.ts";
import type { ExportCompositionData } from "./rows.ts";
import { exportCompositionText } from "./text.ts";

/** The export-composition chart's figures, year by year, gaps named as gaps, in the rows' edition. */
export function exportCompositionTables(data: ExportCompositionData): DataTable[] {
  const text = exportCompositionText[data.edition];
  const cell = (value: number | null | undefined) => (value == null ? text.noFigure : cellIn(value, data.edition));
  return [
    {
      caption: text.table.caption,
      columns: [...text.table.columns],
      rows: data.series.fuel.map((p, i) => [p.year, cell(p.sharePct), cell(data.series["ores-metals"][i]?.sharePct)]),
    },
  ];
}
