import type { EditionCode } from "../i18n/editions.ts";

/**
 * Whose count a bilateral-trade chart draws (issue 16, "Who's counting"): Kazakhstan's own figures (the
 * default), a partner's own (mirror) figures for the same trade, or both with the gap between them. The
 * reporter is part of a chart's drawing input beside its state, and of the URL as `?reporter=`.
 */
export const reporters = ["kazakhstan", "china", "russia", "both"] as const;
export type Reporter = (typeof reporters)[number];

export const DEFAULT_REPORTER: Reporter = "kazakhstan";

/** The switch's options, as a reader sees them, per edition (the names as the termbase gives them). */
export const reporterLabelsIn: Readonly<Record<EditionCode, Record<Reporter, string>>> = {
  en: { kazakhstan: "Kazakhstan's figures", china: "China's figures", russia: "Russia's figures", both: "Both, with the gap" },
  ru: { kazakhstan: "Данные Казахстана", china: "Данные Китая", russia: "Данные России", both: "Оба счёта и разрыв" },
  kk: { kazakhstan: "Қазақстан деректері", china: "Қытай деректері", russia: "Ресей деректері", both: "Екі есеп және алшақтық" },
};

/** The switch's options in English. */
export const reporterLabels: Record<Reporter, string> = reporterLabelsIn.en;

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
