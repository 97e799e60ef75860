import { breaksTable, chartBreaks, type ChartBreak } from "./chartBreaks.ts";
import { breaks } from "../data/breaks.ts";
import type { SeriesBreak } from "../data/breakSchema.ts";
import type { DataTable } from "./dataTable.ts";
import type { Reporter } from "./reporters.ts";
import type { EditionCode } from "../i18n/editions.ts";
import { editionBreak } from "../i18n/editionLists.ts";

/** The breaks the trade series have: the customs union's recording change and the switch of source. */
export const TRADE_BREAKS = ["recording-change", "series-switch"] as const;

/**
 * The breaks and events in an edition's words: a translation's label, title, what and cause
 * (content/editions/<code>/breaks.yaml) over the English entry, and its sources' publishers and dates; kinds, years,
 * checks and addresses stay the English file's. A missing entry stops the build naming file and id.
 */
export function breaksIn(edition: EditionCode = "en"): SeriesBreak[] {
  if (edition === "en") return breaks();
  return breaks().map((b) => {
    const words = editionBreak(edition, b.id);
    return {
      ...b,
      label: words.label,
      title: words.title,
      what: words.what,
      ...(b.cause && words.cause ? { cause: words.cause } : {}),
      sources: b.sources.map((s, i) => ({
        ...s,
        publisher: words.sources?.[i]?.publisher ?? s.publisher,
        date: words.sources?.[i]?.date ?? s.date,
      })),
    };
  });
}

/**
 * A shaper's rows with the breaks and events of content/data/breaks.yaml inside their years added, in the edition's
 * words (English by default), so the chart draws and names them. Added at build time (in a chart's data.ts), so
 * the browser's chart code never loads the files.
 */
export function breaksAdded<Data extends { firstYear: number; lastYear: number }>(
  rows: Data,
  kinds: readonly SeriesBreak["kind"][],
  edition: EditionCode = "en",
): Data & { breaks: ChartBreak[] } {
  return { ...rows, breaks: chartBreaks(breaksIn(edition), rows.firstYear, rows.lastYear, kinds) };
}

/**
 * A chart's tables, followed by the breaks and events it draws (content/data/breaks.yaml), so its table and CSV name
 * them; the breaks table's caption, headers and kinds are in the edition the rows carry (`edition`, English without).
 */
export function withBreaks<Data extends { breaks?: ChartBreak[] }>(
  tables: (rows: Data, reporter?: Reporter) => DataTable[],
): (rows: Data, reporter?: Reporter) => DataTable[] {
  return (rows, reporter) => {
    const drawn = rows.breaks ?? [];
    const edition = (rows as { edition?: EditionCode }).edition ?? "en";
    return drawn.length > 0 ? [...tables(rows, reporter), breaksTable(drawn, edition)] : tables(rows, reporter);
  };
}
