import type { Dataset } from "./buildDataset.ts";
import { joinTradeSeries } from "./joinTradeSeries.ts";
import type { Flow, TradeRow } from "./schema.ts";

/** The partners whose own (mirror) figures of their trade with Kazakhstan the dataset holds. */
export const mirrorPartners = ["china", "russia"] as const;
export type MirrorPartner = (typeof mirrorPartners)[number];

/** Each partner's mirror series in content/data/trade-by-partner.csv (see sources.json). */
export const mirrorSeries = { china: "imf-dots-china", russia: "imf-dots-russia" } as const satisfies Record<
  MirrorPartner,
  TradeRow["series"]
>;

/** A partner's flow with Kazakhstan is the opposite of Kazakhstan's: China's exports to Kazakhstan are Kazakhstan's imports from China. */
export const mirrorFlow: Record<Flow, Flow> = { export: "import", import: "export" };

/** One flow of Kazakhstan's trade with a partner, counted by Kazakhstan or by that partner. */
export interface BilateralQuery<P extends MirrorPartner = MirrorPartner> {
  /** Whose count: Kazakhstan's own, or the partner's own mirror figure of the same trade. */
  reporter: "kazakhstan" | P;
  partner: P;
  /** Always Kazakhstan's side: "export" is Kazakhstan's exports to the partner, whoever counts them. */
  flow: Flow;
  year: number;
}

export interface BilateralFigure {
  reporter: "kazakhstan" | MirrorPartner;
  partner: MirrorPartner;
  /** Kazakhstan's side of the flow, as asked. */
  flow: Flow;
  /** The flow as the reporter published it: the partner's "import" for Kazakhstan's "export". */
  reportedFlow: Flow;
  year: number;
  /** The value in US dollars, as the reporter published it. */
  valueUsd: number;
  /** Kazakhstan's own total for the flow that year (its exports to or imports from the world), in US dollars. */
  kazakhstanTotalUsd: number;
  /**
   * The figure's share of Kazakhstan's own total for the flow, in per cent: as published for Kazakhstan's
   * figures; for a partner's figure, computed against Kazakhstan's total, so it mixes two reporters.
   */
  shareOfKazakhstanTotal: number;
  series: TradeRow["series"];
  basis: TradeRow["basis"];
}

/**
 * Kazakhstan's trade with China or Russia in one year and one direction, as Kazakhstan counted it (under
 * the join rule: the IMF to 2020, the Bureau after) or as the partner counted the same trade (its mirror
 * figure, 1995-2020), with its share of Kazakhstan's own total. Undefined where either figure is not
 * published (a partner's figures after 2020, any year outside the dataset): nothing is filled in.
 */
export function bilateral<P extends MirrorPartner>(data: Pick<Dataset, "trade">, query: BilateralQuery<P>): BilateralFigure | undefined {
  const { reporter, partner, flow, year } = query;
  const joined = joinTradeSeries(data.trade);
  const total = joined.find((r) => r.reporter === "kazakhstan" && r.partner === "world" && r.flow === flow && r.year === year);
  if (!total) return undefined;
  const base = { reporter, partner, flow, year, kazakhstanTotalUsd: total.value_usd };
  if (reporter === "kazakhstan") {
    const row = joined.find((r) => r.reporter === "kazakhstan" && r.partner === partner && r.flow === flow && r.year === year);
    if (!row) return undefined;
    return {
      ...base,
      reportedFlow: flow,
      valueUsd: row.value_usd,
      shareOfKazakhstanTotal: row.share_pct,
      series: row.series,
      basis: row.basis,
    };
  }
  const reportedFlow = mirrorFlow[flow];
  const row = data.trade.find(
    (r) =>
      r.series === mirrorSeries[partner] &&
      r.reporter === reporter &&
      r.partner === "kazakhstan" &&
      r.flow === reportedFlow &&
      r.year === year,
  );
  if (!row) return undefined;
  return {
    ...base,
    reportedFlow,
    valueUsd: row.value_usd,
    shareOfKazakhstanTotal: (row.value_usd / total.value_usd) * 100,
    series: row.series,
    basis: row.basis,
  };
}

/** The last year a partner's own figures cover (2020 in this dataset); later years have no partner figures. */
export function mirrorLastYear(data: Pick<Dataset, "trade">, partner: MirrorPartner): number {
  return Math.max(...data.trade.filter((r) => r.series === mirrorSeries[partner]).map((r) => r.year));
}
