import type { DataTable } from "../dataTable.ts";
import { cellIn } from "../tableNumbers.ts";
import type { DealsTimelineData } from "./rows.ts";
import { dealsTimelineText } from "./text.ts";

/** The deals-timeline chart's figures, each with who announced it and which article reports it, in the rows' edition. */
export function dealsTimelineTables(data: DealsTimelineData): DataTable[] {
  const t = dealsTimelineText[data.edition].table;
  return [
    {
      caption: t.caption,
      columns: [...t.columns],
      rows: data.deals.map((d) => [
        d.date,
        cellIn(d.amountUsd, data.edition),
        d.projects === null ? t.notStated : cellIn(d.projects, data.edition),
        d.what,
        d.announcedBy,
        t.articles[d.article],
      ]),
    },
  ];
}
