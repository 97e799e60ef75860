import type { ExportIndicator } from "../../data/schema.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import type { Numerals } from "../numerals.ts";
import type { ExportCompositionDrawText } from "./text.ts";
import type { ExportCompositionStateId } from "./states.ts";

/**
 * The export-composition chart's rows, as the page carries them for the browser: the figures, and the words the
 * chart writes in the page's edition (text.ts for fixed words, words.ts for sentences built from the figures).
 */

export interface ExportSharePoint {
  year: number;
  /** Per cent of Kazakhstan's merchandise exports; null where the World Bank publishes no figure. */
  sharePct: number | null;
}

/** The figures alone, before the edition's words are added. */
export interface ExportCompositionFigures {
  /** One point per year from the first to the last year either series has, gaps as null, so lines break there. */
  series: Record<ExportIndicator, ExportSharePoint[]>;
  firstYear: number;
  lastYear: number;
}

export interface ExportCompositionData extends ExportCompositionFigures {
  edition: EditionCode;
  numerals: Numerals;
  /** The fixed words the chart draws, in the edition's language. */
  text: ExportCompositionDrawText;
  /** Each state's summary, built at build time from the figures (words.ts). */
  words: Record<ExportCompositionStateId, string>;
}

export const valueAt = (points: ExportSharePoint[], year: number) => points.find((p) => p.year === year)?.sharePct ?? null;

/** The year fuel's share was highest (the earliest, if tied). */
export function fuelPeak(data: ExportCompositionFigures): { year: number; sharePct: number } {
  return data.series.fuel.reduce<{ year: number; sharePct: number }>(
    (best, p) => (p.sharePct !== null && p.sharePct > best.sharePct ? { year: p.year, sharePct: p.sharePct } : best),
    { year: data.firstYear, sharePct: -Infinity },
  );
}

/**
 * Points that drop for one year to under a quarter of both neighbours: a reader would take them for
 * a drawing error, so the chart labels them as published.
 */
export function isolatedDips(points: ExportSharePoint[]): ExportSharePoint[] {
  return points.filter((p, i) => {
    const before = points[i - 1]?.sharePct;
    const after = points[i + 1]?.sharePct;
    return p.sharePct !== null && before != null && after != null && p.sharePct < before / 4 && p.sharePct < after / 4;
  });
}
