import { dataset, type Dataset } from "../../data/dataset.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import { breaksAdded } from "../withBreaks.ts";
import type { GdpGrowthData, GdpGrowthFigures } from "./rows.ts";
import { withWords } from "./words.ts";

export type { GdpGrowthData, GrowthClaim, GrowthPoint } from "./rows.ts";

/** Where the chart starts: the story's period, not the whole of each series. */
const FIRST_YEAR = 2000;

/** The figures the gdp-growth chart draws: both publishers' growth from 2000, and the quoted estimates and forecasts. */
function gdpGrowthFigures({ gdp, forecasts }: Dataset): GdpGrowthFigures {
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

/** Exactly what the gdp-growth chart draws, with its words in an edition (English unless told). */
export const gdpGrowth = (data: Dataset, edition: EditionCode = "en"): GdpGrowthData => withWords(gdpGrowthFigures(data), edition);

/** The growth rows with the context events, as the chart draws them, in an edition (English unless told). */
export const gdpGrowthRows = (edition: EditionCode = "en"): GdpGrowthData =>
  withWords(breaksAdded(gdpGrowthFigures(dataset()), ["event"], edition), edition);
