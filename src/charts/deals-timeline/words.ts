import type { Dataset } from "../../data/dataset.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import { fill } from "../chartText.ts";
import { numerals, usdIn } from "../numerals.ts";
import { dealsTimelineStates, type DealsTimelineState, type DealsTimelineStateId } from "./states.ts";
import { articleTotal, type Deal, type DealsTimelineData } from "./rows.ts";
import { announcers, dealsTimelineText, dealWords, NOT_NAMED } from "./text.ts";

/**
 * The deals-timeline chart's rows in an edition, built at build time: each announcement's words (label, what it
 * covers, who announced it, its month) in the edition, and each state's summary from the same figures the marks are
 * drawn from, carried in the rows so the browser's drawing code only places them.
 */

/** The digits a text writes ("51", "2018"), to check that a translation gives the same figures as the English. */
const figuresIn = (text: string) => (text.match(/\d+/g) ?? []).sort().join(" ");

/** A deal's words in an edition; a translation must write the same figures as the English it translates. */
function dealIn(row: Dataset["deals"][number], edition: EditionCode): Deal {
  const key = `${row.date}-${row.label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const base = {
    date: row.date,
    amountUsd: row.amount_usd,
    projects: row.projects,
    article: row.article,
    key,
    when: dealsTimelineText[edition].monthYearShort(row.date),
  };
  if (edition === "en") return { ...base, what: row.what, label: row.label, announcedBy: row.announced_by };
  const words = dealWords[edition][row.label];
  const who = announcers[edition][row.announced_by];
  if (!words || !who)
    throw new Error(`src/charts/deals-timeline/text.ts: no ${edition} words for the deal "${row.label}" or "${row.announced_by}"`);
  const label = fill(words.label, { projects: row.projects ?? "" });
  for (const [english, translated] of [
    [row.label, label],
    [row.what, words.what],
  ] as const) {
    if (figuresIn(english) !== figuresIn(translated))
      throw new Error(`src/charts/deals-timeline/text.ts: "${translated}" (${edition}) does not write the figures of "${english}"`);
  }
  return { ...base, what: words.what, label, announcedBy: who };
}

/** One deal in words: its value, what it covers and when. */
function describe(d: Deal, english: Dataset["deals"][number], edition: EditionCode): string {
  const text = dealsTimelineText[edition];
  const value = usdIn(d.amountUsd, numerals[edition]);
  const said =
    edition === "en"
      ? text.deal(value, d.projects, d.what)
      : fill(dealWords[edition][english.label]!.said, { value, projects: d.projects ?? "" });
  return `${said} (${text.monthYear(d.date)})`;
}

/** Words for what a state shows, built from the same rows the marks are: article by article, naming who announced what. */
function summarise(deals: Deal[], english: Dataset["deals"], state: DealsTimelineState, edition: EditionCode): string {
  const text = dealsTimelineText[edition];
  const parts = [text.intro];
  const articles = [...new Set(deals.map((d) => d.article))].filter((a) => state.focus === undefined || a === state.focus);
  for (const article of articles) {
    const own = deals.flatMap((d, i) => (d.article === article ? [{ d, english: english[i]! }] : []));
    const named = [...new Set(own.filter((o) => o.english.announced_by !== NOT_NAMED).map((o) => o.d.announcedBy))];
    parts.push(
      text.article(
        article,
        own.map((o) => describe(o.d, o.english, edition)),
        named,
      ),
    );
  }
  if (state.sum && state.focus) {
    parts.push(text.sum(usdIn(articleTotal({ deals }, state.focus), numerals[edition]), state.focus, text.draw.quote));
  }
  // The chart draws the other article's bars in outline beside the ones it picks out: the words say so.
  for (const other of new Set(deals.map((d) => d.article).filter((a) => state.focus !== undefined && a !== state.focus))) {
    parts.push(text.outlined(other));
  }
  return parts.join(" ");
}

/** Exactly what the deals-timeline chart draws, in date order, with its words in an edition. */
export function dealsTimelineIn({ deals }: Dataset, edition: EditionCode): DealsTimelineData {
  const english = [...deals].sort((a, b) => a.date.localeCompare(b.date) || b.amount_usd - a.amount_usd);
  const rows = english.map((d) => dealIn(d, edition));
  const states = Object.keys(dealsTimelineStates) as DealsTimelineStateId[];
  return {
    deals: rows,
    edition,
    numerals: numerals[edition],
    text: dealsTimelineText[edition].draw,
    words: Object.fromEntries(states.map((id) => [id, summarise(rows, english, dealsTimelineStates[id], edition)])) as Record<
      DealsTimelineStateId,
      string
    >,
  };
}
