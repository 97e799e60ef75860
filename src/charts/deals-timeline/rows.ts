import type { Article } from "../../data/schema.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import type { Numerals } from "../numerals.ts";
import type { DealsTimelineDrawText } from "./text.ts";
import type { DealsTimelineStateId } from "./states.ts";

/**
 * The deals-timeline chart's rows, as the page carries them for the browser: the announcements, with their words
 * in the page's edition (text.ts for fixed words, words.ts for the names and sentences built from the figures).
 */

export interface Deal {
  /** Month signed or announced, YYYY-MM. */
  date: string;
  amountUsd: number;
  /** Number of projects, where the article gives one. */
  projects: number | null;
  /** What the deal covers, who announced it and its short label, in the rows' edition. */
  what: string;
  label: string;
  announcedBy: string;
  article: Article;
  /** The marks' keys: the month and the English label, the same in every edition ("2014-12-li-keqiang-in-astana"). */
  key: string;
  /** The month, short, as drawn under the bar ("Dec 2014"), in the rows' edition. */
  when: string;
}

export interface DealsTimelineData {
  /** In date order; announcements as the articles report them, not statistics. */
  deals: Deal[];
  edition: EditionCode;
  numerals: Numerals;
  /** The fixed words the chart draws, in the edition's language. */
  text: DealsTimelineDrawText;
  /** Each state's summary, built at build time from the figures (words.ts). */
  words: Record<DealsTimelineStateId, string>;
}

/** The sum of one article's deals, for the bracket and the words. */
export function articleTotal(data: Pick<DealsTimelineData, "deals">, article: string): number {
  return data.deals.filter((d) => d.article === article).reduce((sum, d) => sum + d.amountUsd, 0);
}
