import type { SeriesBreak } from "../data/breakSchema.ts";
import type { EditionCode } from "../i18n/editions.ts";
import { breaksSentence as sentence, type ChartBreak } from "./chartBreaks.ts";
import { breaksAdded as added } from "./withBreaks.ts";

/**
 * The breaks' words in a chart's edition (CHART-WORDS.md): `breaksAdded` and `breaksSentence` take the edition as
 * an optional last parameter (the shell's work on src/charts/withBreaks.ts and chartBreaks.ts). Typed here with
 * it, so the bilateral-trade charts pass their edition whether or not that parameter has landed yet; a build
 * whose break helpers ignore it gives the English break names.
 */
export const breaksAdded = added as <Data extends { firstYear: number; lastYear: number }>(
  rows: Data,
  kinds: readonly SeriesBreak["kind"][],
  edition?: EditionCode,
) => Data & { breaks: ChartBreak[] };

export const breaksSentence = sentence as (breaks: readonly ChartBreak[], edition?: EditionCode) => string;
