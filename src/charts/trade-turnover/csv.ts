import { breakNote, observation, observationsCsv, type NotedRow, type SeriesInfo } from "../chartCsv.ts";
import type { TradeTurnoverData } from "./data.ts";
import type { Reporter } from "../reporters.ts";
import { turnoverView } from "./draw.ts";

/** Who counted a turnover row (a partner's own series, or Kazakhstan's), for the breaks its note names: dollars, not shares. */
const turnoverRow = (series: string, partner: string): NotedRow => {
  const own = /^imf-dots-(china|russia)$/.exec(series)?.[1];
  return own
    ? { reporter: own, partner: "kazakhstan", overKazakhstanTotal: false }
    : { reporter: "kazakhstan", partner, overKazakhstanTotal: false };
};

/** The trade-turnover chart: turnover with China and Russia as Kazakhstan reported it, and with China as China reported it. */
export function tradeTurnoverCsv(data: TradeTurnoverData, series: SeriesInfo, reporter: Reporter = "kazakhstan"): string {
  if (reporter !== "kazakhstan") {
    // Exactly the figures drawn under this reporter (turnoverView): its reporter column names who counted each.
    const view = turnoverView(data, reporter);
    const mirrors = [
      ...view.mirror.map((m) => ({ ...m, partner: "kazakhstan", series: "imf-dots-china" })),
      ...view.mirrorRussia.map((m) => ({ ...m, partner: "kazakhstan", series: "imf-dots-russia" })),
    ];
    return observationsCsv([
      ...[...view.turnover, ...mirrors].map((r) =>
        observation({
          year: r.year,
          measure: "turnover",
          // A partner's own count is its trade with Kazakhstan: from its side, the partner is Kazakhstan.
          partner: /^imf-dots-(china|russia)$/.test(r.series) ? "kazakhstan" : r.partner,
          value: r.turnoverUsd,
          series: r.series,
          ...series(r.series),
          note: breakNote(data.breaks, r.year, data.edition, turnoverRow(r.series, r.partner)),
        }),
      ),
    ]);
  }
  return observationsCsv([
    ...data.turnover.map((r) =>
      observation({
        year: r.year,
        measure: "turnover",
        partner: r.partner,
        value: r.turnoverUsd,
        series: r.series,
        ...series(r.series),
        note: breakNote(data.breaks, r.year, data.edition, turnoverRow(r.series, r.partner)),
      }),
    ),
    ...data.mirror.map((m) =>
      observation({
        year: m.year,
        measure: "turnover",
        partner: "kazakhstan",
        value: m.turnoverUsd,
        series: "imf-dots-china",
        ...series("imf-dots-china"),
        note: breakNote(data.breaks, m.year, data.edition, turnoverRow("imf-dots-china", "kazakhstan")),
      }),
    ),
  ]);
}
