import { dataset, type Dataset } from "../../data/dataset.ts";
import { joinTradeSeries } from "../../data/joinTradeSeries.ts";
import type { Flow } from "../../data/schema.ts";
import type { ChartBreak } from "../chartBreaks.ts";
import { shareSeriesPartners, type SharePartner } from "../partnerColors.ts";
import { breaksAdded, TRADE_BREAKS } from "../withBreaks.ts";

export interface ShareRow {
  year: number;
  partner: SharePartner;
  flow: Flow;
  /** Per cent of Kazakhstan's total for the flow, as Kazakhstan reported it. */
  share: number;
  valueUsd: number;
  series: "imf-dots" | "bns";
}

/** China's customs figure for the same flow, set against Kazakhstan's reported total. */
export interface MirrorRow {
  year: number;
  /** The flow as Kazakhstan sees it: China's imports from Kazakhstan mirror Kazakhstan's exports. */
  flow: Flow;
  chinaReportedUsd: number;
  kazakhstanReportedUsd: number;
  /** China's figure as a per cent of Kazakhstan's own reported total: mixes reporters, and says so. */
  shareOfKazakhstanTotal: number;
}

export interface PartnerSharesData {
  shares: ShareRow[];
  mirror: MirrorRow[];
  firstYear: number;
  lastYear: number;
  /** Last year of the IMF series; later years come from the Bureau of National Statistics. */
  seriesBreakAfter: number;
  /** Breaks in these series (content/data/breaks.yaml), drawn and named by the chart; added by partnerSharesRows() below. */
  breaks?: ChartBreak[];
}

const isSharePartner = (partner: string): partner is SharePartner => shareSeriesPartners.some((p) => p === partner);

const mirrorFlow: Record<Flow, Flow> = { export: "import", import: "export" };

/** Exactly the fields the partner-shares chart draws: joined Kazakhstan-reported shares and China's mirror. */
export function partnerShares({ trade }: Dataset): PartnerSharesData {
  const joined = joinTradeSeries(trade);
  const shares = joined.flatMap((r) =>
    isSharePartner(r.partner) && r.series !== "imf-dots-china"
      ? [{ year: r.year, partner: r.partner, flow: r.flow, share: r.share_pct, valueUsd: r.value_usd, series: r.series }]
      : [],
  );
  const worldTotal = new Map(joined.filter((r) => r.partner === "world").map((r) => [`${r.year}|${r.flow}`, r.value_usd]));
  const kazakhstanFromChina = new Map(joined.filter((r) => r.partner === "china").map((r) => [`${r.year}|${r.flow}`, r.value_usd]));
  const mirror = trade.flatMap((r) => {
    if (r.series !== "imf-dots-china") return [];
    const flow = mirrorFlow[r.flow];
    const total = worldTotal.get(`${r.year}|${flow}`);
    const own = kazakhstanFromChina.get(`${r.year}|${flow}`);
    if (total === undefined || own === undefined) return [];
    return [
      {
        year: r.year,
        flow,
        chinaReportedUsd: r.value_usd,
        kazakhstanReportedUsd: own,
        shareOfKazakhstanTotal: (r.value_usd / total) * 100,
      },
    ];
  });
  const years = shares.map((r) => r.year);
  const imfYears = shares.filter((r) => r.series === "imf-dots").map((r) => r.year);
  return {
    shares,
    mirror,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    seriesBreakAfter: Math.max(...imfYears),
  };
}

/** Kazakhstan-reported shares and China's mirror, with the trade series' breaks: the rows both share charts draw. */
export const partnerSharesRows = () => breaksAdded(partnerShares(dataset()), TRADE_BREAKS);
