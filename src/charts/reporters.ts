import type { EditionCode } from "../i18n/editions.ts";

/**
 * Whose count a bilateral-trade chart draws (issue 16, "Who's counting"): Kazakhstan's own figures (the
 * default), a partner's own (mirror) figures for the same trade, or both with the gap between them. The
 * reporter is part of a chart's drawing input beside its state, and of the URL as `?reporter=`.
 */
export const reporters = ["kazakhstan", "china", "russia", "both"] as const;
export type Reporter = (typeof reporters)[number];

export const DEFAULT_REPORTER: Reporter = "kazakhstan";

/** The switch's options, as a reader sees them (in English). */
export const reporterLabels: Record<Reporter, string> = {
  kazakhstan: "Kazakhstan's figures",
  china: "China's figures",
  russia: "Russia's figures",
  both: "Both, with the gap",
};

/**
 * The switch's options in each edition (the names as the termbase gives them). Build side: nothing the browser
 * loads reads it, so it stays out of the chapters' scripts (English is the object above, not read from here).
 */
export const reporterLabelsIn: Readonly<Record<EditionCode, Record<Reporter, string>>> = {
  en: reporterLabels,
  ru: { kazakhstan: "Данные Казахстана", china: "Данные Китая", russia: "Данные России", both: "Оба счёта и разрыв" },
  kk: { kazakhstan: "Қазақстан деректері", china: "Қытай деректері", russia: "Ресей деректері", both: "Екі есеп және алшақтық" },
};

/** The reporter a URL's query asks for (`?reporter=china`); anything else, or nothing, is the default. */
export function reporterFrom(search: string): Reporter {
  let asked: string | null = null;
  try {
    asked = new URLSearchParams(search).get("reporter");
  } catch {
    // A malformed query leaves the default.
  }
  return ((reporters as readonly string[]).find((r) => r === asked?.trim().toLowerCase()) as Reporter | undefined) ?? DEFAULT_REPORTER;
}

/** A path's suffix for a reporter's CSV and static page: none for the default. */
export const reporterSuffix = (reporter: Reporter): string => (reporter === DEFAULT_REPORTER ? "" : `.${reporter}`);

/**
 * A bilateral-trade chart's rows as a reporter counts them. Under a partner's own figures (China's or Russia's),
 * that partner's rows are replaced by its own count (`own` turns one of its mirror rows into a chart row; to 2020,
 * where its series ends: later years are absent, not filled) and the other partners' rows stay Kazakhstan's, with no
 * dashed counts beside them; under "both", Kazakhstan's rows with both partners' counts beside them; under
 * Kazakhstan's, Kazakhstan's rows with China's own count beside them (as the charts always drew it).
 */
export function reporterView<Mirror, Row extends { partner: string }, Data extends { mirror: Mirror[]; mirrorRussia: Mirror[] }>(
  data: Data,
  reporter: Reporter,
  rows: readonly Row[],
  own: (mirror: Mirror, partner: "china" | "russia") => Row,
  withRows: (data: Data, rows: Row[]) => Data,
): Data {
  if (reporter === "kazakhstan") return { ...data, mirrorRussia: [] };
  if (reporter === "both") return data;
  const counted = (reporter === "china" ? data.mirror : data.mirrorRussia).map((m) => own(m, reporter));
  return withRows({ ...data, mirror: [], mirrorRussia: [] }, [...rows.filter((r) => r.partner !== reporter), ...counted]);
}
