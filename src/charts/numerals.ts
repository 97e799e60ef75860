import type { EditionCode } from "../i18n/editions.ts";
import { roundedFixed } from "../lib/formatShare.ts";
import { BILLION_FROM } from "../lib/formatUsd.ts";

/**
 * How an edition writes a figure inside a chart: "17.2%" and "$14.2bn" in English, "17,2 %" and "14,2 млрд долл."
 * in Russian, "17,2%" and "14,2 млрд доллар" in Kazakh. A chart's rows carry its edition's numerals, so the browser
 * redraws with them and never needs Intl's locale data (Debian's Chromium has none for Kazakh).
 *
 * Hand-written rather than Intl, for that reason and to keep the chapters' scripts small; the build's own
 * formatters (src/i18n/formatNumbers.ts) give the same text, and tests/unit/numerals.test.ts holds them together.
 */
export interface Numerals {
  /** The decimal sign. */
  decimal: string;
  /** What follows a percentage: "%" or a no-break space and "%". */
  percent: string;
  /** Before a dollar figure ("$" in English, nothing in a translation). */
  dollar: string;
  /** After billions and millions of dollars: "bn" or "\u00a0млрд долл.". */
  billion: string;
  million: string;
}

const NBSP = "\u00a0";

export const numerals: Readonly<Record<EditionCode, Numerals>> = {
  en: { decimal: ".", percent: "%", dollar: "$", billion: "bn", million: "m" },
  ru: { decimal: ",", percent: `${NBSP}%`, dollar: "", billion: `${NBSP}млрд долл.`, million: `${NBSP}млн долл.` },
  kk: { decimal: ",", percent: "%", dollar: "", billion: `${NBSP}млрд доллар`, million: `${NBSP}млн доллар` },
};

/** A decimal string ("14.5", "-0.3") with the edition's decimal sign and a true minus. */
const written = (fixed: string, n: Numerals) => fixed.replace("-", "\u2212").replace(".", n.decimal);

/** A figure to a fixed number of decimals, halves away from zero, as the edition writes it: "6.00", "6,00", "−0.50". */
export const fixedWith = (value: number, digits: number, n: Numerals): string => written(roundedFixed(value, digits), n);

/** A percentage at the story's rounding (one decimal unless told, halves away from zero): "17.2%", "17,2 %". */
export const shareIn = (pct: number, n: Numerals, digits = 1): string => fixedWith(pct, digits, n) + n.percent;

/** Dollars at the story's rounding: billions to one decimal, millions below a billion: "$14.2bn", "14,2 млрд долл.". */
export const usdIn = (usd: number, n: Numerals): string =>
  n.dollar + (usd >= BILLION_FROM ? written((usd / 1e9).toFixed(1), n) + n.billion : written(String(Math.round(usd / 1e6)), n) + n.million);
