import type { Dataset } from "../../data/dataset.ts";
import type { ExportIndicator } from "../../data/schema.ts";

export interface ExportSharePoint {
  year: number;
  /** Per cent of Kazakhstan's merchandise exports; null where the World Bank publishes no figure. */
  sharePct: number | null;
}

export interface ExportCompositionData {
  /** One point per year from the first to the last year either series has, gaps as null, so lines break there. */
  series: Record<ExportIndicator, ExportSharePoint[]>;
  firstYear: number;
  lastYear: number;
}

/** Exactly what the export-composition chart draws: fuel and ores-and-metals shares by year, gaps kept as gaps. */
export function exportComposition({ exportShares }: Dataset): ExportCompositionData {
  const years = exportShares.map((r) => r.year);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const span = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const seriesOf = (indicator: ExportIndicator) =>
    span.map((year) => ({ year, sharePct: exportShares.find((r) => r.indicator === indicator && r.year === year)?.share_pct ?? null }));
  return {
    series: { fuel: seriesOf("fuel"), "ores-metals": seriesOf("ores-metals") },
    firstYear,
    lastYear,
  };
}
