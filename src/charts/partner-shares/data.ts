import { dataset, type Dataset } from "../../data/dataset.ts";
import { joinTradeSeries } from "../../data/joinTradeSeries.ts";
import { bilateral, mirrorFlow, mirrorSeries, type MirrorPartner } from "../../data/bilateral.ts";
import type { Flow } from "../../data/schema.ts";
import type { ChartBreak } from "../chartBreaks.ts";
import { shareSeriesPartners, type SharePartner } from "../partnerColors.ts";
import type { Reporter } from "../reporters.ts";
import { TRADE_BREAKS } from "../withBreaks.ts";
import { breaksAdded } from "../withBreaks.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import type { Numerals } from "../numerals.ts";
import type { PartnerSharesText } from "./text.ts";
import type { PartnerSharesStateId } from "./states.ts";

export interface ShareRow {
  year: number;
  partner: SharePartner;
  flow: Flow;
  /** Per cent of Kazakhstan's total for the flow: as Kazakhstan reported it, or, under a partner's figures, that partner's own count of the flow over Kazakhstan's total. */
  share: number;
  valueUsd: number;
  /** Kazakhstan's series, or, under the reporter switch, the partner's own (sharesView in draw.ts). */
  series: "imf-dots" | "bns" | "imf-dots-china" | "imf-dots-russia";
}

/** A partner's own (mirror) figure for one flow of its trade with Kazakhstan, set against Kazakhstan's reported total. */
export interface MirrorRow {
  year: number;
  /** The flow as Kazakhstan sees it: China's imports from Kazakhstan mirror Kazakhstan's exports. */
  flow: Flow;
  /** The partner's own figure, in US dollars: its imports from Kazakhstan for Kazakhstan's exports, its exports to Kazakhstan for Kazakhstan's imports. */
  partnerReportedUsd: number;
  /** Kazakhstan's own figure for the same flow, in US dollars. */
  kazakhstanReportedUsd: number;
  /** The partner's figure as a per cent of Kazakhstan's own reported total for the flow: mixes reporters, and says so. */
  shareOfKazakhstanTotal: number;
}

export interface PartnerSharesData {
  shares: ShareRow[];
  /** China's own figures for both flows (imf-dots-china), 1995-2020. */
  mirror: MirrorRow[];
  /** Russia's own figures for both flows (imf-dots-russia), 1995-2020, drawn under the reporter switch's Russia and Both. */
  mirrorRussia: MirrorRow[];
  firstYear: number;
  lastYear: number;
  /** Last year of the IMF series; later years come from the Bureau of National Statistics. */
  seriesBreakAfter: number;
  /** Breaks in these series (content/data/breaks.yaml), drawn and named by the chart; added by partnerSharesRows() below. */
  breaks?: ChartBreak[];
  /** The chart's words under each reporter, in each of its states (words.ts), added by the chart's rows. */
  words?: Record<Reporter, Partial<Record<PartnerSharesStateId, string>>>;
  /** The edition the rows are shaped for, the words the chart draws in it (text.ts) and how it writes figures (words.ts adds them). */
  edition?: EditionCode;
  text?: PartnerSharesText;
  numerals?: Numerals;
}

const isSharePartner = (partner: string): partner is SharePartner => shareSeriesPartners.some((p) => p === partner);

/**
 * A partner's own figures for its trade with Kazakhstan, flow by flow as Kazakhstan sees it (src/data/bilateral.ts
 * mirrors them: China's imports from Kazakhstan are Kazakhstan's exports to China), each over Kazakhstan's own total
 * for that flow; only years where Kazakhstan's figure and total for the flow are published too.
 */
function mirrorRows(data: Dataset, partner: MirrorPartner): MirrorRow[] {
  return data.trade.flatMap((r) => {
    if (r.series !== mirrorSeries[partner]) return [];
    const query = { partner, flow: mirrorFlow[r.flow], year: r.year };
    const theirs = bilateral(data, { ...query, reporter: partner });
    const own = bilateral(data, { ...query, reporter: "kazakhstan" });
    if (!theirs || !own) return [];
    return [
      {
        year: r.year,
        flow: query.flow,
        partnerReportedUsd: theirs.valueUsd,
        kazakhstanReportedUsd: own.valueUsd,
        shareOfKazakhstanTotal: theirs.shareOfKazakhstanTotal,
      },
    ];
  });
}

/** Exactly the fields the partner-shares chart draws: joined Kazakhstan-reported shares, and China's and Russia's own figures. */
export function partnerShares(data: Dataset): PartnerSharesData {
  const shares = joinTradeSeries(data.trade).flatMap((r) =>
    isSharePartner(r.partner) && r.series !== "imf-dots-china"
      ? [{ year: r.year, partner: r.partner, flow: r.flow, share: r.share_pct, valueUsd: r.value_usd, series: r.series }]
      : [],
  );
  const years = shares.map((r) => r.year);
  const imfYears = shares.filter((r) => r.series === "imf-dots").map((r) => r.year);
  return {
    shares,
    mirror: mirrorRows(data, "china"),
    mirrorRussia: mirrorRows(data, "russia"),
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    seriesBreakAfter: Math.max(...imfYears),
  };
}

/** Kazakhstan-reported shares and the partners' own figures, with the trade series' breaks (named in an edition): the rows both share charts draw. */
export const partnerSharesRows = (edition: EditionCode = "en") => breaksAdded(partnerShares(dataset()), TRADE_BREAKS, edition);
