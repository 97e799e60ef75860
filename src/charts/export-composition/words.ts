import type { EditionCode } from "../../i18n/editions.ts";
import { numerals, shareIn } from "../numerals.ts";
import { exportCompositionStates, type ExportCompositionState, type ExportCompositionStateId } from "./states.ts";
import { fuelPeak, valueAt, type ExportCompositionData, type ExportCompositionFigures } from "./rows.ts";
import { exportCompositionText, type ExportCompositionWords } from "./text.ts";

/**
 * The export-composition chart's words in an edition, built at build time from the same rows the marks are drawn
 * from and carried in the rows (`text`, `words`): the browser's drawing code only places them.
 */

/** Words for what a state shows, built from the same rows the marks are. */
function summarise(data: ExportCompositionFigures, state: ExportCompositionState, edition: EditionCode): string {
  const text = exportCompositionText[edition];
  const share = (value: number | null) => (value === null ? text.noFigure : shareIn(value, numerals[edition]));
  const peak = fuelPeak(data);
  const w: ExportCompositionWords = {
    first: data.firstYear,
    last: data.lastYear,
    peakYear: peak.year,
    peak: share(peak.sharePct),
    fuelFirst: share(valueAt(data.series.fuel, data.firstYear)),
    fuelLast: share(valueAt(data.series.fuel, data.lastYear)),
    oresFirst: share(valueAt(data.series["ores-metals"], data.firstYear)),
    oresLast: share(valueAt(data.series["ores-metals"], data.lastYear)),
    beforePeak: share(valueAt(data.series.fuel, peak.year - 1)),
    afterPeak: share(valueAt(data.series.fuel, peak.year + 1)),
    oresAtPeak: share(valueAt(data.series["ores-metals"], peak.year)),
  };
  const tail = state.focus === "fuel-peak" ? text.peak : state.focus === "latest" ? text.latest : text.longView;
  return text.intro(w) + tail(w);
}

/** The rows with the edition's words: fixed words for the drawing, and each state's summary. */
export function withWords(figures: ExportCompositionFigures, edition: EditionCode): ExportCompositionData {
  const states = Object.keys(exportCompositionStates) as ExportCompositionStateId[];
  return {
    ...figures,
    edition,
    numerals: numerals[edition],
    text: exportCompositionText[edition].draw,
    words: Object.fromEntries(states.map((id) => [id, summarise(figures, exportCompositionStates[id], edition)])) as Record<
      ExportCompositionStateId,
      string
    >,
  };
}
