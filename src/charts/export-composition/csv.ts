import { observation, observationsCsv, type SeriesInfo } from "../chartCsv.ts";
import type { ExportCompositionData } from "./rows.ts";

/** The export-composition chart: fuel's and ores and metals' shares of exports; years without a figure are left out. */
export function exportCompositionCsv(data: ExportCompositionData, series: SeriesInfo): string {
  const rows = (["fuel", "ores-metals"] as const).flatMap((indicator) =>
    data.series[indicator].flatMap((p) =>
      p.sharePct === null
        ? []
        : [
            observation({
              year: p.year,
              measure: indicator === "fuel" ? "fuel-export-share" : "ores-metals-export-share",
              value: p.sharePct,
              series: "wb-wdi-exports",
              ...series("wb-wdi-exports"),
            }),
          ],
    ),
  );
  return observationsCsv(rows);
}
