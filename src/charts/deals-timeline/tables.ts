import type { DataTable } from "../dataTable.ts";
import type { DealsTimelineData } from "./data.ts";

const articleNames = { "2015": "China Bystander, 2015", "2018": "Vestnik Kavkaza, citing Eurasianet, 2018" } as const;

/** The deals-timeline chart's figures, each with who announced it and which article reports it. */
export function dealsTimelineTables(data: DealsTimelineData): DataTable[] {
  return [
    {
      caption: "Deals and investment between China and Kazakhstan as the articles report them, US dollars: announcements, not statistics",
      columns: ["Month", "Value", "Projects", "What", "Announced by", "Reported in"],
      rows: data.deals.map((d) => [d.date, d.amountUsd, d.projects ?? "not stated", d.what, d.announcedBy, articleNames[d.article]]),
    },
  ];
}
