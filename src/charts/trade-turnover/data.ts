import type { Dataset } from "../../data/dataset.ts";
import { joinTradeSeries } from "../../data/joinTradeSeries.ts";
import { mirrorSeries } from "../../data/bilateral.ts";
import type { ChartBreak } from "../chartBreaks.ts";
import { turnoverPartners, type TradeTurnoverStateId, type TurnoverPartner } from "./states.ts";
import type { Reporter } from "../reporters.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import type { Numerals } from "../numerals.ts";
import type { TradeTurnoverText } from "./text.ts";

/** Kazakhstan's trade with one partner in one year, as Kazakhstan reported it. */
export interface TurnoverRow {
  year: number;
  partner: TurnoverPartner;
  exportsUsd: number;
  importsUsd: number;
  /** Exports plus imports: the sum of the two published flows, not a published turnover figure. */
  turnoverUsd: number;
  /** Kazakhstan's series, or, under the reporter switch, the partner's own (src/charts/trade-turnover/draw.ts turnoverView). */
  series: "imf-dots" | "bns" | "imf-dots-china" | "imf-dots-russia";
}

/** The same trade as the partner (China or Russia) reported it: its exports to and imports from Kazakhstan. */
export interface MirrorTurnoverRow {
  year: number;
  exportsUsd: number;
  importsUsd: number;
  /** The partner's exports plus imports with Kazakhstan. */
  turnoverUsd: number;
}

export interface TradeTurnoverData {
  turnover: TurnoverRow[];
  /** China's own figures for Kazakhstan-China trade (imf-dots-china). */
  mirror: MirrorTurnoverRow[];
  /** Russia's own figures for Kazakhstan-Russia trade (imf-dots-russia), drawn under the reporter switch's Russia and Both. */
  mirrorRussia: MirrorTurnoverRow[];
  firstYear: number;
  lastYear: number;
  /** Last year of the IMF series; later years come from the Bureau of National Statistics. */
  seriesBreakAfter: number;
  /** Breaks in these series and context events (content/data/breaks.yaml), drawn and named by the chart; added by tradeTurnoverRows() below. */
  breaks?: ChartBreak[];
  /** The chart's words under each reporter, in each state (words.ts), added by tradeTurnoverRows() below. */
  words?: Record<Reporter, Record<TradeTurnoverStateId, string>>;
  /** The years China was clearly ahead of Russia, as each reporter's figures have it (words.ts). */
  ahead?: Record<Reporter, number[]>;
  /** The note by those years, whose count it is included: one line wide, two on a phone (words.ts), where the chart draws one. */
  aheadNote?: Partial<Record<Reporter, { wide: string[]; narrow: string[] }>>;
  /** The edition the rows are shaped for, the words the chart draws in it (text.ts) and how it writes figures. */
  edition?: EditionCode;
  text?: TradeTurnoverText;
  numerals?: Numerals;
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
  const years = turnover.map((r) => r.year);
  return {
    turnover,
    mirror: mirrorTurnover(trade, "china"),
    mirrorRussia: mirrorTurnover(trade, "russia"),
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    seriesBreakAfter: Math.max(...turnover.filter((r) => r.series === "imf-dots").map((r) => r.year)),
  };
}

/** A partner's own figures for its trade with Kazakhstan, in years where it published both flows. */
function mirrorTurnover(trade: Dataset["trade"], partner: TurnoverPartner): MirrorTurnoverRow[] {
  const rows = trade.filter((r) => r.series === mirrorSeries[partner] && r.reporter === partner && r.partner === "kazakhstan");
  return [...new Set(rows.map((r) => r.year))]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const exports = rows.find((r) => r.year === year && r.flow === "export");
      const imports = rows.find((r) => r.year === year && r.flow === "import");
      if (!exports || !imports) return [];
      return [{ year, exportsUsd: exports.value_usd, importsUsd: imports.value_usd, turnoverUsd: exports.value_usd + imports.value_usd }];
    });
}
