import { dataset, type Dataset } from "../../data/dataset.ts";
import { joinTradeSeries } from "../../data/joinTradeSeries.ts";
import type { ChartBreak } from "../chartBreaks.ts";
import { turnoverPartners, type TurnoverPartner } from "./states.ts";
import { breaksAdded, TRADE_BREAKS } from "../withBreaks.ts";

/** Kazakhstan's trade with one partner in one year, as Kazakhstan reported it. */
export interface TurnoverRow {
  year: number;
  partner: TurnoverPartner;
  exportsUsd: number;
  importsUsd: number;
  /** Exports plus imports: the sum of the two published flows, not a published turnover figure. */
  turnoverUsd: number;
  series: "imf-dots" | "bns";
}

/** The same Kazakhstan-China trade as China reported it: its exports to and imports from Kazakhstan. */
export interface MirrorTurnoverRow {
  year: number;
  chinaExportsUsd: number;
  chinaImportsUsd: number;
  /** China's exports plus imports with Kazakhstan. */
  turnoverUsd: number;
}

export interface TradeTurnoverData {
  turnover: TurnoverRow[];
  mirror: MirrorTurnoverRow[];
  firstYear: number;
  lastYear: number;
  /** Last year of the IMF series; later years come from the Bureau of National Statistics. */
  seriesBreakAfter: number;
  /** Breaks in these series and context events (content/data/breaks.yaml), drawn and named by the chart; added by tradeTurnoverRows() below. */
  breaks?: ChartBreak[];
}

/**
 * Exactly what the trade-turnover chart draws: Kazakhstan-reported turnover with China and Russia
 * under the join rule, and China's own figures for its trade with Kazakhstan. A year enters only
 * where both flows are published, so no turnover is half a sum.
 */
export function tradeTurnover({ trade }: Dataset): TradeTurnoverData {
  const joined = joinTradeSeries(trade);
  const turnover = turnoverPartners.flatMap((partner) => {
    const rows = joined.filter((r) => r.partner === partner && r.reporter === "kazakhstan");
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    return years.flatMap((year) => {
      const exports = rows.find((r) => r.year === year && r.flow === "export");
      const imports = rows.find((r) => r.year === year && r.flow === "import");
      if (!exports || !imports || exports.series === "imf-dots-china") return [];
      return [
        {
          year,
          partner,
          exportsUsd: exports.value_usd,
          importsUsd: imports.value_usd,
          turnoverUsd: exports.value_usd + imports.value_usd,
          series: exports.series,
        },
      ];
    });
  });
  const chinaRows = trade.filter((r) => r.series === "imf-dots-china" && r.reporter === "china" && r.partner === "kazakhstan");
  const mirror = [...new Set(chinaRows.map((r) => r.year))]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const exports = chinaRows.find((r) => r.year === year && r.flow === "export");
      const imports = chinaRows.find((r) => r.year === year && r.flow === "import");
      if (!exports || !imports) return [];
      return [
        {
          year,
          chinaExportsUsd: exports.value_usd,
          chinaImportsUsd: imports.value_usd,
          turnoverUsd: exports.value_usd + imports.value_usd,
        },
      ];
    });
  const years = turnover.map((r) => r.year);
  return {
    turnover,
    mirror,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    seriesBreakAfter: Math.max(...turnover.filter((r) => r.series === "imf-dots").map((r) => r.year)),
  };
}

/** The turnover rows with the trade series' breaks and the context events, as the chart draws them. */
export const tradeTurnoverRows = () => breaksAdded(tradeTurnover(dataset()), [...TRADE_BREAKS, "event"]);
