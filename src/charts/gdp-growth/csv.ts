import { breakNote, observation, observationsCsv, type SeriesInfo } from "../chartCsv.ts";
import type { GdpGrowthData } from "./rows.ts";
import { gdpGrowthText } from "./text.ts";
import { claimWords } from "./words.ts";

/** The gdp-growth chart: both publishers' growth by year, and the estimates and forecasts quoted at the time. */
export function gdpGrowthCsv(data: GdpGrowthData, series: SeriesInfo): string {
  return observationsCsv([
    ...data.worldBank.map((p) =>
      observation({
        year: p.year,
        measure: "gdp-growth",
        value: p.growthPct,
        series: "wb-wdi",
        ...series("wb-wdi"),
        note: breakNote(data.breaks, p.year, data.edition),
      }),
    ),
    ...data.imf.map((p) =>
      observation({
        year: p.year,
        measure: "gdp-growth",
        value: p.growthPct,
        series: "imf-weo",
        ...series("imf-weo"),
        note: breakNote(data.breaks, p.year, data.edition),
      }),
    ),
    ...data.claims.map((c) =>
      observation({
        year: c.year,
        measure: c.kind === "estimate" ? "growth-estimate" : "growth-forecast",
        reporter: c.made_by,
        value: c.growthPct,
        series: "news-points",
        source: gdpGrowthText[data.edition].csvSource(gdpGrowthText[data.edition].reportedSource(claimWords(c, data.edition)), c.made_on),
      }),
    ),
  ]);
}
