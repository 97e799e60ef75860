import { csvFormat } from "d3-dsv";
import type { PartnerSharesData } from "./partnerShares.ts";
import type { Flow } from "./schema.ts";
import { breakYears } from "./chartBreaks.ts";

const seriesNames: Record<string, string> = {
  "imf-dots": "IMF Direction of Trade Statistics (early-2022 release)",
  bns: "Bureau of National Statistics of Kazakhstan (July 2024 release)",
};

/**
 * The rows a partner-shares chart draws, one per year, partner and flow, with who reported each
 * figure and where it comes from; China's mirror figures (the hollow dot) follow as their own rows.
 */
export function partnerSharesCsv(data: PartnerSharesData, flows: readonly Flow[], withMirror: boolean): string {
  // A break in the series (content/data/breaks.yaml) is named on every row it touches.
  const note = (year: number) =>
    (data.breaks ?? [])
      .filter((b) => (b.kind === "recording-change" && year >= b.from && year <= b.to) || (b.kind === "series-switch" && year === b.to))
      .map((b) => `break in the series, ${breakYears(b)}: ${b.title}`)
      .join("; ");
  const shares = data.shares
    .filter((r) => flows.includes(r.flow))
    .map((r) => ({
      year: r.year,
      flow: r.flow,
      partner: r.partner,
      reporter: "Kazakhstan",
      share_pct: r.share,
      value_usd: r.valueUsd,
      source: seriesNames[r.series],
      note: note(r.year),
    }));
  const mirror = withMirror
    ? data.mirror
        .filter((m) => flows.includes(m.flow))
        .map((m) => ({
          year: m.year,
          flow: m.flow,
          partner: "china",
          reporter: "China",
          share_pct: m.shareOfKazakhstanTotal,
          value_usd: m.chinaReportedUsd,
          source: "IMF Direction of Trade Statistics (early-2022 release), China as reporter; share_pct is China's figure over Kazakhstan's reported total",
          note: note(m.year),
        }))
    : [];
  return csvFormat([...shares, ...mirror]) + "\n";
}

/** A chart's tables as one CSV: each row keeps its table's caption, so rows from different tables stay apart. */
export function tablesCsv(tables: readonly { caption: string; columns: string[]; rows: (string | number)[][] }[]): string {
  const rows = tables.flatMap((table) =>
    table.rows.map((cells) => Object.fromEntries([["table", table.caption], ...table.columns.map((column, i) => [column, cells[i] ?? ""])])),
  );
  const columns = ["table", ...new Set(tables.flatMap((t) => t.columns))];
  return csvFormat(rows, columns) + "\n";
}
