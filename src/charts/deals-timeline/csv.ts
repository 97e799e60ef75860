import { csvFormat } from "d3-dsv";
import type { SeriesInfo } from "../chartCsv.ts";
import type { DealsTimelineData } from "./rows.ts";

/** The columns of the deals-timeline chart's CSV: one announcement per row. */
export const dealColumns = ["date", "amount_usd", "projects", "what", "announced_by", "article", "series", "source"] as const;

/** The deals-timeline chart: each announcement as the article reports it. */
export function dealsTimelineCsv(data: DealsTimelineData, series: SeriesInfo): string {
  const rows = data.deals.map((d) => ({
    date: d.date,
    amount_usd: d.amountUsd,
    projects: d.projects ?? "",
    what: d.what,
    announced_by: d.announcedBy,
    article: d.article,
    series: `article-${d.article}`,
    source: series(`article-${d.article}`).source,
  }));
  return csvFormat(rows, [...dealColumns]) + "\n";
}
