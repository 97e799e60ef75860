import { breakNote, observation, observationsCsv, type SeriesInfo } from "../chartCsv.ts";
import type { Flow } from "../../data/schema.ts";
import type { PartnerSharesData } from "./data.ts";
import type { Reporter } from "../reporters.ts";
import { mirrorOf } from "./draw.ts";

/**
 * The partner-shares chart: each partner's share of Kazakhstan's exports and imports and the dollar value
 * behind it, as Kazakhstan reported them; with `withMirror`, China's own figures for the same trade. Under a
 * partner's figures (`reporter`), exactly what the chart then draws: that partner's own figures in place of
 * Kazakhstan's for it, each as a share of Kazakhstan's total; under "both", China's and Russia's beside Kazakhstan's.
 * `flow` is always from Kazakhstan's side: China's imports from Kazakhstan are Kazakhstan's exports.
 */
export function partnerSharesCsv(
  data: PartnerSharesData,
  flows: readonly Flow[],
  withMirror: boolean,
  series: SeriesInfo,
  reporter: Reporter = "kazakhstan",
): string {
  const counted =
    reporter === "kazakhstan"
      ? withMirror
        ? (["china"] as const)
        : []
      : reporter === "both"
        ? (["china", "russia"] as const)
        : [reporter];
  const rows = data.shares
    .filter((r) => flows.includes(r.flow) && r.partner !== reporter)
    .flatMap((r) => {
      const common = { year: r.year, partner: r.partner, flow: r.flow, series: r.series, ...series(r.series) };
      const note = (overKazakhstanTotal: boolean) =>
        breakNote(data.breaks, r.year, data.edition, { reporter: "kazakhstan", partner: r.partner, overKazakhstanTotal });
      return [
        observation({ ...common, measure: "share-of-trade", value: r.share, note: note(true) }),
        observation({ ...common, measure: "trade-value", value: r.valueUsd, note: note(false) }),
      ];
    });
  const mirror = counted.flatMap((partner) =>
    mirrorOf(data, partner)
      .filter((m) => flows.includes(m.flow))
      .flatMap((m) => {
        // The partner is the reporter, so the partner column is Kazakhstan and the flow is the partner's side of
        // it: China's imports from Kazakhstan are the mirror of Kazakhstan's exports to China.
        const common = {
          year: m.year,
          partner: "kazakhstan",
          flow: m.flow === "export" ? "import" : "export",
          series: `imf-dots-${partner}`,
          ...series(`imf-dots-${partner}`),
        };
        const note = (overKazakhstanTotal: boolean) =>
          breakNote(data.breaks, m.year, data.edition, { reporter: partner, partner: "kazakhstan", overKazakhstanTotal });
        return [
          observation({ ...common, measure: "mirror-share", value: m.shareOfKazakhstanTotal, note: note(true) }),
          observation({ ...common, measure: "trade-value", value: m.partnerReportedUsd, note: note(false) }),
        ];
      }),
  );
  return observationsCsv([...rows, ...mirror]);
}
