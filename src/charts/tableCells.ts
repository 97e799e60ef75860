import { editions, type EditionCode } from "../i18n/editions.ts";
import { fixedWith, numerals } from "./numerals.ts";

/**
 * A table cell's figure as an edition writes it (build side only: tables are built with the page). English keeps
 * its numbers as numbers, for the table component to write as it always has; a translation's figures are written
 * here with the edition's decimal sign and grouping and a true minus ("12,34", "14 212 345 678"), so no reader of
 * a Russian or Kazakh table meets an English "12.34". Years and words are left as they are.
 */
export function cellIn(value: string | number, edition: EditionCode): string | number {
  if (edition === "en" || typeof value !== "number" || (Number.isInteger(value) && Math.abs(value) < 1e4)) return value;
  return new Intl.NumberFormat(editions[edition].intl, { maximumFractionDigits: 20 }).format(value).replace(/^[-\u2212]/, "\u2212");
}

/** Every figure of a table's rows as the edition writes it. */
export const rowsIn = (rows: (string | number)[][], edition: EditionCode): (string | number)[][] =>
  edition === "en" ? rows : rows.map((row) => row.map((cell) => cellIn(cell, edition)));

/**
 * A figure to a fixed number of decimals, as the edition writes it ("6.00", "6,00", "−0.50"): a column of shares reads
 * alike in every row, where a number cell would drop a whole number's decimals ("6" among "5.73" and "6.84").
 */
export const fixedIn = (value: number, digits: number, edition: EditionCode): string => fixedWith(value, digits, numerals[edition]);
