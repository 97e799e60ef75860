import { chartById, chartWords, type ChartId } from "./chartDefinitions.ts";
import type { ChartWords } from "./defineChart.ts";
import type { EditionCode } from "../i18n/editions.ts";
import { editionChartText } from "../i18n/translations.ts";

/**
 * A chart's title, note and reporter notes in an edition: English from the chart's folder or content/charts.yaml
 * (chartWords), a translation's from content/editions/<code>/charts.yaml (a chart whose folder carries its own
 * words is translated in that folder, and its words come from there).
 */
export function chartWordsIn(chart: ChartId, edition: EditionCode = "en"): ChartWords {
  if (edition === "en" || chartById(chart).words) return chartWords(chart);
  return editionChartText(edition, chart);
}
