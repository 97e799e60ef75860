import type { Dataset } from "../../data/dataset.ts";
import type { ExportIndicator } from "../../data/schema.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import type { ExportCompositionData } from "./rows.ts";
import { withWords } from "./words.ts";

export type { ExportCompositionData, ExportSharePoint } from "./rows.ts";

/** Exactly what the export-composition chart draws: fuel and ores-and-metals shares by year, gaps kept as gaps, with its words in an edition (English unless told). */
export function exportComposition({ exportShares }: Dataset, edition: EditionCode = "en"): ExportCompositionData {
  const years = exportShares.map((r) => r.year);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const span = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const seriesOf = (indicator: ExportIndicator) =>
    span.map((year) => ({ year, sharePct: exportShares.find((r) => r.indicator === indicator && r.year === year)?.share_pct ?? null }));
  return withWords(
    {
      series: { fuel: seriesOf("fuel"), "ores-metals": seriesOf("ores-metals") },
      firstYear,
      lastYear,
    },
    edition,
  );
}
