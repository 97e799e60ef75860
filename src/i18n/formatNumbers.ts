import { formatShare, roundedFixed } from "../lib/formatShare.ts";
import { BILLION_FROM, formatUsd } from "../lib/formatUsd.ts";

/**
 * Figures and dates in an edition's language, from the same numbers and the same rounding as the English:
 * "17,2 %" and "14,2 млрд долл." in Russian, "17,2%" and "14,2 млрд доллар" in Kazakh. English goes through
 * the original helpers (src/lib/formatShare.ts, formatUsd.ts), so its text is byte for byte what it was.
 *
 * Build side only for now: the charts' browser code keeps calling the English helpers directly, so no chapter's
 * script grows (chart-internal strings per edition are later work).
 */
export type NumberEdition = "en" | "ru" | "kk";

/** Intl locales per edition (the same as src/i18n/editions.ts, which this module does not import: it reads files). */
const intlLocale: Record<NumberEdition, string> = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };

/** The words after a number of dollars: billions and millions, as each language's press abbreviates them. */
const dollarUnits: Record<Exclude<NumberEdition, "en">, { billion: string; million: string }> = {
  ru: { billion: "млрд долл.", million: "млн долл." },
  kk: { billion: "млрд доллар", million: "млн доллар" },
};

const NBSP = "\u00a0";

/** A decimal string ("14.5", "-0.3") written with the edition's decimal sign and grouping; the digits are kept. */
function localDecimal(fixed: string, edition: NumberEdition): string {
  const digits = fixed.split(".")[1]?.length ?? 0;
  return new Intl.NumberFormat(intlLocale[edition], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(fixed));
}

/** A percentage at the story's rounding (one decimal, halves away from zero), as the edition writes it: "17,2 %" (ru), "17,2%" (kk). */
export function formatShareIn(pct: number, edition: NumberEdition): string {
  if (edition === "en") return formatShare(pct);
  const fixed = roundedFixed(pct, 1);
  // Intl knows where each language puts the sign (a no-break space before it in Russian, none in Kazakh).
  return new Intl.NumberFormat(intlLocale[edition], { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 })
    .format(Number(fixed) / 100)
    .replace(/^-/, "\u2212");
}

/** Dollars at the story's rounding (billions to one decimal, millions below a billion), in the edition's words. */
export function formatUsdIn(usd: number, edition: NumberEdition): string {
  if (edition === "en") return formatUsd(usd);
  const units = dollarUnits[edition];
  return usd >= BILLION_FROM
    ? `${localDecimal((usd / 1e9).toFixed(1), edition)}${NBSP}${units.billion}`
    : `${localDecimal(String(Math.round(usd / 1e6)), edition)}${NBSP}${units.million}`;
}

/** A YYYY-MM-DD date in words: "2 December 2026", "2 декабря 2026 г.", "2026 ж. 2 желтоқсан". */
export function longDateIn(date: string, edition: NumberEdition): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(intlLocale[edition], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
