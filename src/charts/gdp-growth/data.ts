import { dataset, type Dataset } from "../../data/dataset.ts";
import type { ForecastRow } from "../../data/schema.ts";
import type { ChartBreak } from "../chartBreaks.ts";
import { breaksAdded } from "../withBreaks.ts";

/** Where the chart starts: the story's period, not the whole of each series. */
const FIRST_YEAR = 2000;

export interface GrowthPoint {
  year: number;
  /** Real GDP growth on the previous year, per cent, as published. */
  growthPct: number;
}

/** An estimate or forecast made before the outcome was known, with who made it and when. */
export type GrowthClaim = Pick<ForecastRow, "year" | "kind" | "made_by" | "made_on" | "reported_source"> & { growthPct: number };

export interface GdpGrowthData {
  /** World Bank WDI: the line. */
  worldBank: GrowthPoint[];
  /** IMF World Economic Outlook: drawn for comparison. */
  imf: GrowthPoint[];
  claims: GrowthClaim[];
  firstYear: number;
  lastYear: number;
  /** Events a reader needs to read the line (content/data/breaks.yaml); added by gdpGrowthRows() below. */
  breaks?: ChartBreak[];
}

/** Exactly what the gdp-growth chart draws: both publishers' growth from 2000, and the quoted estimates and forecasts. */
export function gdpGrowth({ gdp, forecasts }: Dataset): GdpGrowthData {
  const series = (id: string) =>
    gdp
      .filter((r) => r.series === id && r.year >= FIRST_YEAR)
      .sort((a, b) => a.year - b.year)
      .map((r) => ({ year: r.year, growthPct: r.growth_pct }));
  const worldBank = series("wb-wdi");
  const years = worldBank.map((r) => r.year);
  return {
    worldBank,
    imf: series("imf-weo"),
    claims: forecasts.map((f) => ({
      year: f.year,
      kind: f.kind,
      made_by: f.made_by,
      made_on: f.made_on,
      reported_source: f.reported_source,
      growthPct: f.growth_pct,
    })),
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
  };
}

/** The growth rows with the context events, as the chart draws them. */
export const gdpGrowthRows = () => breaksAdded(gdpGrowth(dataset()), ["event"]);
