import type { ForecastRow } from "../../data/schema.ts";
import type { ChartBreak } from "../chartBreaks.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import type { Numerals } from "../numerals.ts";
import type { GdpGrowthDrawText } from "./text.ts";
import type { GdpGrowthStateId } from "./states.ts";

/**
 * The gdp-growth chart's rows, as the page carries them for the browser: the figures, and the words the chart
 * writes in the page's edition (text.ts for fixed words, words.ts for sentences built from the figures).
 */

export interface GrowthPoint {
  year: number;
  /** Real GDP growth on the previous year, per cent, as published. */
  growthPct: number;
}

/** An estimate or forecast made before the outcome was known, with who made it and when. */
export type GrowthClaim = Pick<ForecastRow, "year" | "kind" | "made_by" | "made_on" | "reported_source"> & { growthPct: number };

/** The figures alone, before the edition's words are added. */
export interface GdpGrowthFigures {
  /** World Bank WDI: the line. */
  worldBank: GrowthPoint[];
  /** IMF World Economic Outlook: drawn for comparison. */
  imf: GrowthPoint[];
  claims: GrowthClaim[];
  firstYear: number;
  lastYear: number;
  /** Events a reader needs to read the line (content/data/breaks.yaml); added by gdpGrowthRows() in data.ts. */
  breaks?: ChartBreak[];
}

/** A quoted figure's read-out, built at build time (words.ts): one line on wide charts, two on phones. */
export interface ClaimReadout {
  wide: string;
  narrow: [string, string];
}

export interface GdpGrowthData extends GdpGrowthFigures {
  edition: EditionCode;
  numerals: Numerals;
  /** The fixed words the chart draws, in the edition's language. */
  text: GdpGrowthDrawText;
  /** Built at build time from the figures (words.ts): the summary of each state, and each claim's read-out, in claims' order. */
  words: { summary: Record<GdpGrowthStateId, string>; claims: ClaimReadout[] };
}

export const pointAt = (points: GrowthPoint[], year: number) => points.find((p) => p.year === year);
