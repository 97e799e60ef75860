import type { DataTable } from "../dataTable.ts";
import { partnerNames, shareSeriesPartners } from "../partnerColors.ts";
import type { PartnerSharesData } from "./data.ts";
import type { Flow } from "../../data/schema.ts";

const seriesNames = { "imf-dots": "IMF Direction of Trade Statistics", bns: "Bureau of National Statistics" } as const;

function sharesTable(data: PartnerSharesData, flow: Flow): DataTable {
  const years = [...new Set(data.shares.map((r) => r.year))].sort((a, b) => a - b);
  return {
    caption: `Share of Kazakhstan's ${flow}s by partner, per cent, as reported by Kazakhstan`,
    columns: ["Year", ...shareSeriesPartners.map((p) => partnerNames[p]), "Source"],
    rows: years.map((year) => {
      const rows = data.shares.filter((r) => r.year === year && r.flow === flow);
      const cells = shareSeriesPartners.map((p) => rows.find((r) => r.partner === p)?.share ?? "no figure");
      return [year, ...cells, seriesNames[rows[0]?.series ?? "imf-dots"]];
    }),
  };
}

/** The partner-shares chart's figures: both flows it can show, and China's mirror figures it marks. */
export function partnerSharesTables(data: PartnerSharesData): DataTable[] {
  return [
    sharesTable(data, "export"),
    sharesTable(data, "import"),
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
        .map((m) => [m.year, m.kazakhstanReportedUsd, m.chinaReportedUsd, Number(m.shareOfKazakhstanTotal.toFixed(2))]),
    },
  ];
}
