import { dataset, type Dataset } from "./dataset.ts";
import { tradeFigure } from "./lookup.ts";
import type { Flow, Partner, Reporter } from "./schema.ts";
import { formatShareIn, formatUsdIn, type NumberEdition } from "../i18n/formatNumbers.ts";

/** The data tags a writer puts in the prose, each printing one figure from the dataset. */
export const figureTags = ["Share", "Dollars", "Growth", "Turnover", "ExportShare"] as const;
export type FigureTag = (typeof figureTags)[number];

/** A figure as a data tag prints it: its stable id (the `data-figure` attribute), its value and its text. */
export interface ProseFigure {
  id: string;
  value: number;
  display: string;
}

/** A tag's attributes, as Astro passes them or as read from the MDX source (src/corrections/proseSnapshot.ts). */
type Props = { year: number | string; partner?: string; flow?: string; reporter?: string; series?: string; indicator?: string };

/**
 * The figure a data tag prints, from the dataset: the one computation behind <Share>, <Dollars>, <Growth>,
 * <Turnover> and <ExportShare>, so the release snapshot (src/corrections/) sees exactly what the page says.
 * `edition` writes the figure in that edition's number format (src/i18n/formatNumbers.ts); the value and id are the same.
 */
export function proseFigure(tag: FigureTag, props: Props, data: Dataset = dataset(), edition: NumberEdition = "en"): ProseFigure {
  const formatShare = (pct: number) => formatShareIn(pct, edition);
  const formatUsd = (usd: number) => formatUsdIn(usd, edition);
  const year = Number(props.year);
  const partner = props.partner as Partner;
  if (tag === "Share") {
    const flow = props.flow as Flow;
    const row = tradeFigure({ reporter: "kazakhstan", partner, flow, year }, data);
    return { id: `share/kazakhstan/${partner}/${flow}/${year}`, value: row.share_pct, display: formatShare(row.share_pct) };
  }
  if (tag === "Dollars") {
    const reporter = (props.reporter ?? "kazakhstan") as Reporter;
    const flow = props.flow as Flow;
    const row = tradeFigure({ reporter, partner, flow, year }, data);
    return { id: `usd/${reporter}/${partner}/${flow}/${year}`, value: row.value_usd, display: formatUsd(row.value_usd) };
  }
  if (tag === "Turnover") {
    const reporter = (props.reporter ?? "kazakhstan") as Reporter;
    const counterpart = reporter === "kazakhstan" ? partner : "kazakhstan";
    const total = (["export", "import"] as const).reduce(
      (sum, flow) => sum + tradeFigure({ reporter, partner: counterpart, flow, year }, data).value_usd,
      0,
    );
    return { id: `turnover/${reporter}/${counterpart}/${year}`, value: total, display: formatUsd(total) };
  }
  if (tag === "Growth") {
    const series = String(props.series ?? "wb-wdi");
    const row = data.gdp.find((r) => r.year === year && r.series === series);
    if (!row) throw new Error(`<Growth year={${year}} series="${series}">: no such figure in content/data/gdp-growth.csv`);
    return { id: `growth/${series}/${year}`, value: row.growth_pct, display: formatShare(row.growth_pct) };
  }
  const indicator = String(props.indicator);
  const row = data.exportShares.find((r) => r.indicator === indicator && r.year === year);
  if (!row) throw new Error(`<ExportShare indicator="${indicator}" year={${year}}>: no such figure in content/data/export-composition.csv`);
  return { id: `export-share/${indicator}/${year}`, value: row.share_pct, display: formatShare(row.share_pct) };
}
