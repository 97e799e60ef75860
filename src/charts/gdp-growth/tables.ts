import type { DataTable } from "../dataTable.ts";
import type { GdpGrowthData } from "./rows.ts";
import { gdpGrowthText } from "./text.ts";
import { claimWords } from "./words.ts";

/** The gdp-growth chart's figures: both publishers' outcomes by year, and the estimates and forecasts quoted at the time, in the rows' edition. */
export function gdpGrowthTables(data: GdpGrowthData): DataTable[] {
  const text = gdpGrowthText[data.edition];
  const t = text.table;
  /** A growth rate as published, with at least one decimal and a true minus sign: 6 prints 6.0, 4.17 stays 4.17, −2.5. */
  const published = (pct: number) => (Number.isInteger(pct) ? pct.toFixed(1) : String(pct)).replace(/^-/, "\u2212").replace(".", t.decimal);
  return [
    {
      caption: t.outcomesCaption,
      columns: [...t.outcomesColumns],
      rows: data.worldBank.map((p) => {
        const imf = data.imf.find((q) => q.year === p.year);
        return [p.year, published(p.growthPct), imf ? published(imf.growthPct) : t.noFigure];
      }),
    },
    {
      caption: t.claimsCaption,
      columns: [...t.claimsColumns],
      rows: data.claims.map((c) => {
        const words = claimWords(c, data.edition);
        return [c.year, words.maker, t.kind[c.kind], c.made_on, published(c.growthPct), text.reportedSource(words)];
      }),
    },
  ];
}
