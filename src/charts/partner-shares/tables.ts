import type { DataTable } from "../dataTable.ts";
import { partnerNames, shareSeriesPartners } from "../partnerColors.ts";
import type { PartnerSharesData } from "./data.ts";
import type { Flow } from "../../data/schema.ts";
import type { Reporter } from "../reporters.ts";
import { roundedFixed } from "../../lib/formatShare.ts";
import { mirrorOf, sharesView } from "./draw.ts";
import { partnerFlow } from "./words.ts";

const seriesNames = { "imf-dots": "IMF Direction of Trade Statistics", bns: "Bureau of National Statistics" } as const;
/** A share computed from a partner's figure over Kazakhstan's total, to the two decimals Kazakhstan's shares are published with (the CSV has it in full). */
const twoDecimals = (pct: number) => Number(roundedFixed(pct, 2));

/** The shares of one flow as the chart draws them under `reporter`: under a partner's figures, its column is its own count. */
function sharesTable(all: PartnerSharesData, flow: Flow, reporter: Reporter): DataTable {
  const data = sharesView(all, reporter);
  const years = [...new Set(data.shares.map((r) => r.year))].sort((a, b) => a - b);
  const own = reporter === "china" || reporter === "russia" ? reporter : undefined;
  const last = own && Math.max(...mirrorOf(all, own).map((m) => m.year));
  return {
    caption: own
      ? `Share of Kazakhstan's ${flow}s by partner, per cent: ${partnerFlow(own, flow)} as a share of Kazakhstan's total ${flow}s (to ${last}, where its series ends), the other partners as reported by Kazakhstan`
      : `Share of Kazakhstan's ${flow}s by partner, per cent, as reported by Kazakhstan`,
    columns: [
      "Year",
      ...shareSeriesPartners.map((p) => (p === own ? `${partnerNames[p]} (${partnerNames[p]}'s own count)` : partnerNames[p])),
      "Source",
    ],
    rows: years.map((year) => {
      const rows = data.shares.filter((r) => r.year === year && r.flow === flow);
      const cells = shareSeriesPartners.map((p) => {
        const row = rows.find((r) => r.partner === p);
        return row ? (p === own ? twoDecimals(row.share) : row.share) : "no figure";
      });
      const kazakhstan = rows.find((r) => r.series === "imf-dots" || r.series === "bns");
      return [year, ...cells, seriesNames[kazakhstan?.series === "bns" ? "bns" : "imf-dots"]];
    }),
  };
}

/** Under "both": one partner's share of a flow by Kazakhstan's count and by its own, and the gap between them. */
function gapTable(data: PartnerSharesData, partner: "china" | "russia", flow: Flow): DataTable {
  const name = partnerNames[partner];
  const years = [...new Set(data.shares.map((r) => r.year))].sort((a, b) => a - b);
  const theirs = mirrorOf(data, partner).filter((m) => m.flow === flow);
  return {
    caption: `Kazakhstan's ${flow}s ${flow === "export" ? "to" : "from"} ${name} as a share of Kazakhstan's total ${flow}s, per cent, as each side counted them: Kazakhstan's own figure, and ${partnerFlow(partner, flow)} (to ${theirs.at(-1)?.year}, where its series ends)`,
    columns: ["Year", "Kazakhstan's count", `${name}'s count`, `${name}'s count minus Kazakhstan's, percentage points`],
    rows: years.map((year) => {
      const own = data.shares.find((r) => r.partner === partner && r.flow === flow && r.year === year)?.share;
      const other = theirs.find((m) => m.year === year)?.shareOfKazakhstanTotal;
      return [
        year,
        own ?? "no figure",
        other === undefined ? "no figure" : twoDecimals(other),
        own === undefined || other === undefined ? "no figure" : twoDecimals(other - own),
      ];
    }),
  };
}

/**
 * A share chart's figures for its flows, as it draws them under `reporter`: Kazakhstan's shares (with
 * `withMirror`, China's own figures for its exports beside them, as the mirror step marks them); under a
 * partner's figures, its own count in its column; under "both", each partner's two counts and the gap.
 */
export function partnerSharesTables(
  data: PartnerSharesData,
  flows: readonly Flow[],
  withMirror: boolean,
  reporter: Reporter = "kazakhstan",
): DataTable[] {
  const tables = flows.map((flow) => sharesTable(data, flow, reporter));
  if (reporter === "both")
    return [...tables, ...flows.flatMap((flow) => (["china", "russia"] as const).map((p) => gapTable(data, p, flow)))];
  if (reporter !== "kazakhstan" || !withMirror) return tables;
  return [
    ...tables,
    {
      caption: "Kazakhstan's exports to China in US dollars, as each side reported them (IMF Direction of Trade Statistics)",
      columns: [
        "Year",
        "Reported by Kazakhstan",
        "Reported by China (its imports)",
        "China's figure as a share of Kazakhstan's total exports, per cent",
      ],
      rows: data.mirror
        .filter((m) => m.flow === "export")
        .map((m) => [m.year, m.kazakhstanReportedUsd, m.partnerReportedUsd, Number(m.shareOfKazakhstanTotal.toFixed(2))]),
    },
  ];
}
