import type { Dataset } from "../../data/dataset.ts";
import type { Article } from "../../data/schema.ts";

export interface Deal {
  /** Month signed or announced, YYYY-MM. */
  date: string;
  amountUsd: number;
  /** Number of projects, where the article gives one. */
  projects: number | null;
  what: string;
  label: string;
  announcedBy: string;
  article: Article;
}

export interface DealsTimelineData {
  /** In date order; announcements as the articles report them, not statistics. */
  deals: Deal[];
}

/** Exactly what the deals-timeline chart draws. */
export function dealsTimeline({ deals }: Dataset): DealsTimelineData {
  return {
    deals: [...deals]
      .sort((a, b) => a.date.localeCompare(b.date) || b.amount_usd - a.amount_usd)
      .map((d) => ({
        date: d.date,
        amountUsd: d.amount_usd,
        projects: d.projects,
        what: d.what,
        label: d.label,
        announcedBy: d.announced_by,
        article: d.article,
      })),
  };
}
