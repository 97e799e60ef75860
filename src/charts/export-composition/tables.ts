import type { DataTable } from "../dataTable.ts";
import type { ExportCompositionData } from "./data.ts";

/** The export-composition chart's figures, year by year, gaps named as gaps. */
export function exportCompositionTables(data: ExportCompositionData): DataTable[] {
  return [
    {
      caption:
        "Fuel, and ores and metals, as shares of Kazakhstan's merchandise exports, per cent (World Bank, World Development Indicators)",
      columns: ["Year", "Fuel", "Ores and metals"],
      rows: data.series.fuel.map((p, i) => [p.year, p.sharePct ?? "no figure", data.series["ores-metals"][i]?.sharePct ?? "no figure"]),
    },
  ];
}
