import type { TradeRow } from "./schema.ts";

/**
 * A row of the joined series. Its type still admits "imf-dots-china" only so that the chart shapers,
 * which test for it, compile unchanged; the join never returns a mirror row (China's or Russia's).
 */
export type JoinedTradeRow = TradeRow & { series: Exclude<TradeRow["series"], "imf-dots-russia"> };

/**
 * The join rule for Kazakhstan-reported trade: the IMF's Direction of Trade Statistics for
 * every year it covers (1995-2020 here), the Bureau of National Statistics only for the years
 * after the IMF series ends (2021-2023). One switch, at the IMF's last year, so no series is
 * spliced inside a year and the overlap (2018-2020) never mixes publishers. The two agree within 7%
 * in 2019 and 2020, not everywhere in 2018 (imports from Russia differ by more than 10%), so a comparison
 * across the switch is a comparison across a break (content/data/breaks.yaml, "series-switch"). Mirror rows (reported by China or Russia) are not part of the join.
 */
export function joinTradeSeries(rows: readonly TradeRow[]): JoinedTradeRow[] {
  const imf = rows.filter((r): r is JoinedTradeRow => r.series === "imf-dots");
  const lastImfYear = Math.max(...imf.map((r) => r.year));
  const bns = rows.filter((r): r is JoinedTradeRow => r.series === "bns" && r.year > lastImfYear);
  return [...imf, ...bns].sort((a, b) => a.year - b.year);
}
