import type { DataTable } from "../dataTable.ts";
import type { GdpGrowthData } from "./data.ts";

/** A growth rate as published, with at least one decimal and a true minus sign: 6 prints 6.0, 4.17 stays 4.17, −2.5. */
const published = (pct: number) => (Number.isInteger(pct) ? pct.toFixed(1) : String(pct)).replace(/^-/, "\u2212");

/** The gdp-growth chart's figures: both publishers' outcomes by year, and the estimates and forecasts quoted at the time. */
export function gdpGrowthTables(data: GdpGrowthData): DataTable[] {
  return [
    {
      caption:
        "Kazakhstan's real GDP growth on the year before, per cent, as published by the World Bank (World Development Indicators) and the IMF (World Economic Outlook)",
      columns: ["Year", "World Bank", "IMF"],
      rows: data.worldBank.map((p) => {
        const imf = data.imf.find((q) => q.year === p.year);
        return [p.year, published(p.growthPct), imf ? published(imf.growthPct) : "no figure"];
      }),
    },
    {
      caption: "Estimates and forecasts of Kazakhstan's real GDP growth quoted at the time, per cent",
      columns: ["Year it is about", "Made by", "Kind", "Published", "Value", "Reported by"],
      rows: data.claims.map((c) => [c.year, c.made_by, c.kind, c.made_on, published(c.growthPct), c.reported_source]),
    },
  ];
}
