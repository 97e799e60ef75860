import type { BreakAffects, SeriesBreak } from "../data/breakSchema.ts";
import type { EditionCode } from "../i18n/editions.ts";

/** What a chart needs of a break or event to draw, say and tabulate it; shipped with the chart's rows. */
export interface ChartBreak {
  id: string;
  kind: SeriesBreak["kind"];
  /** A few words drawn beside the mark. */
  label: string;
  /** One line naming it, for the chart's words and table. */
  title: string;
  from: number;
  to: number;
  /** Publishers and dates, for the table and CSV. */
  source: string;
  /** A break's reporters, each with the partners whose figures it touches ("world": every share of that reporter's totals); none for an event. */
  affects?: readonly BreakAffects[];
}

/** The breaks (and, if asked, events) inside a chart's years, in date order, reduced to what the chart uses. */
export function chartBreaks(all: readonly SeriesBreak[], first: number, last: number, kinds: readonly SeriesBreak["kind"][]): ChartBreak[] {
  return all
    .filter((b) => kinds.includes(b.kind) && b.to >= first && b.from <= last)
    .sort((a, b) => a.from - b.from)
    .map((b) => ({
      id: b.id,
      kind: b.kind,
      label: b.label,
      title: b.title,
      from: b.from,
      to: b.to,
      source: b.sources.map((s) => [s.publisher, s.date].filter(Boolean).join(", ")).join("; "),
      ...(b.affects && { affects: b.affects }),
    }));
}

/** "2010-2011" or "2014"; a translated edition writes a range with an en dash ("2010–2011"). */
export const breakYears = (b: Pick<ChartBreak, "from" | "to">, edition: EditionCode = "en"): string =>
  b.from === b.to ? String(b.from) : `${b.from}${edition === "en" ? "-" : "–"}${b.to}`;

/** The sentence's opening per edition (small: gdp-growth's draw.ts still builds its summary in the browser). */
const markedOn: Record<EditionCode, string> = { en: "Marked on the chart", ru: "Отмечено на графике", kk: "Графикте белгіленгені" };

/**
 * A sentence naming each break and event a chart draws, for its words, in the edition's language: the titles come
 * translated in the rows (src/charts/withBreaks.ts, breaksAdded with the edition).
 */
export function breaksSentence(breaks: readonly ChartBreak[], edition: EditionCode = "en"): string {
  if (breaks.length === 0) return "";
  return ` ${markedOn[edition]}: ${breaks.map((b) => `${b.title} (${breakYears(b, edition)})`).join("; ")}.`;
}

/** The breaks table's words per edition (build time only: tables are made when the site is built). */
const tableWords: Record<EditionCode, { caption: string; columns: string[]; event: string; break: string }> = {
  en: {
    caption: "Breaks in these series, and events marked on the chart",
    columns: ["Years", "Kind", "What", "Source"],
    event: "event",
    break: "break in the series",
  },
  ru: {
    caption: "Разрывы в этих рядах и события, отмеченные на графике",
    columns: ["Годы", "Вид", "Что", "Источник"],
    event: "событие",
    break: "разрыв ряда",
  },
  kk: {
    caption: "Осы қатарлардағы үзілістер және графикте белгіленген оқиғалар",
    columns: ["Жылдар", "Түрі", "Не болды", "Дереккөз"],
    event: "оқиға",
    break: "қатардың үзілісі",
  },
};

/** "event" or "break in the series", in the edition's words (the breaks table's Kind column, the CSVs' notes). */
export const breakKind = (b: Pick<ChartBreak, "kind">, edition: EditionCode = "en"): string =>
  b.kind === "event" ? tableWords[edition].event : tableWords[edition].break;

/** The breaks and events a chart draws, as a table (and so in its CSV), in the edition's words. */
export function breaksTable(breaks: readonly ChartBreak[], edition: EditionCode = "en") {
  const words = tableWords[edition];
  return {
    caption: words.caption,
    columns: [...words.columns],
    rows: breaks.map((b) => [breakYears(b, edition), breakKind(b, edition), b.title, b.source]),
  };
}
