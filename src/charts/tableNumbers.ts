import { editions, type EditionCode } from "../i18n/editions.ts";

/**
 * A figure in a chart's table as an edition writes it, at build time (tables are built, never drawn in the browser):
 * English keeps the number itself, as before (the table component groups large ones); a translation gets the
 * edition's grouping, decimal comma and minus sign ("18 000 000 000", "14,01", "−2,5"), every published digit kept.
 */
export const cellIn = (value: number, edition: EditionCode): string | number =>
  edition === "en"
    ? value
    : new Intl.NumberFormat(editions[edition].intl, { maximumFractionDigits: 20 }).format(value).replace("-", "\u2212");
