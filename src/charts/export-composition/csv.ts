import { observation, observationsCsv, type SeriesInfo } from "../chartCsv.ts";
import { isolatedDips, type ExportCompositionData } from "./rows.ts";
import { exportCompositionText } from "./text.ts";

/**
 * The export-composition chart: fuel's and ores and metals' shares of exports; years without a figure are left out. A
 * one-year dip the chart labels "as published" carries the same warning in its note.
 */
export function exportCompositionCsv(data: ExportCompositionData, series: SeriesInfo): string {
  const dipNote = exportCompositionText[data.edition].csvDip;
  const rows = (["fuel", "ores-metals"] as const).flatMap((indicator) => {
    const dips = new Set(isolatedDips(data.series[indicator]).map((p) => p.year));
    return data.series[indicator].flatMap((p) =>
      p.sharePct === null
        ? []
        : [
            observation({
              year: p.year,
              measure: indicator === "fuel" ? "fuel-export-share" : "ores-metals-export-share",
              value: p.sharePct,
              series: "wb-wdi-exports",
              ...series("wb-wdi-exports"),
              ...(dips.has(p.year) && { note: dipNote }),
            }),
          ],
    );
  });
  return observationsCsv(rows);
}
