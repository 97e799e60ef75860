import { breakNote, observation, observationsCsv, type SeriesInfo } from "../chartCsv.ts";
import type { Flow } from "../../data/schema.ts";
import type { PartnerSharesData } from "./data.ts";

/**
 * The partner-shares chart: each partner's share of Kazakhstan's exports and imports and the dollar value
 * behind it, as Kazakhstan reported them; with `withMirror`, China's own figures for the same trade.
 * `flow` is always from Kazakhstan's side: China's imports from Kazakhstan are Kazakhstan's exports.
 */
export function partnerSharesCsv(data: PartnerSharesData, flows: readonly Flow[], withMirror: boolean, series: SeriesInfo): string {
  const rows = data.shares
    .filter((r) => flows.includes(r.flow))
    .flatMap((r) => {
      const common = {
        year: r.year,
        partner: r.partner,
        flow: r.flow,
        series: r.series,
        ...series(r.series),
        note: breakNote(data.breaks, r.year),
      };
      return [
        observation({ ...common, measure: "share-of-trade", value: r.share }),
        observation({ ...common, measure: "trade-value", value: r.valueUsd }),
      ];
    });
  const mirror = withMirror
    ? data.mirror
        .filter((m) => flows.includes(m.flow))
        .flatMap((m) => {
          // China is the reporter, so the partner is Kazakhstan and the flow is China's side of it:
          // China's imports from Kazakhstan are the mirror of Kazakhstan's exports to China.
          const common = {
            year: m.year,
            partner: "kazakhstan",
            flow: m.flow === "export" ? "import" : "export",
            series: "imf-dots-china",
            ...series("imf-dots-china"),
            note: breakNote(data.breaks, m.year),
          };
          return [
            observation({ ...common, measure: "mirror-share", value: m.shareOfKazakhstanTotal }),
            observation({ ...common, measure: "trade-value", value: m.chinaReportedUsd }),
          ];
        })
    : [];
  return observationsCsv([...rows, ...mirror]);
}
