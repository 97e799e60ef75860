import { chartText } from "../data/chartTexts.ts";
import type { Chart, ChartWords } from "./defineChart.ts";

/** A chart's id: the name of its folder under src/charts/. */
export type ChartId = string;

/** What a chart folder's chart.ts exports. */
export interface ChartModule {
  chart: Chart;
}

/**
 * The registry, derived from the chart folders: each `<folder>/chart.ts` found is a chart whose id is the
 * folder's name, listed by its definition's `order`, then by id. Pure, so a test can hand it more folders
 * (tests/fixtures/charts) than the site has.
 */
export function chartRegistry(modules: Record<string, ChartModule>): Record<ChartId, Chart> {
  const entries = Object.entries(modules).map(([path, module]): [ChartId, Chart] => {
    const id = /([^/]+)\/chart\.ts$/.exec(path)?.[1];
    if (!id) throw new Error(`${path} is not a chart folder's chart.ts`);
    return [id, module.chart];
  });
  entries.sort(([a, x], [b, y]) => x.order - y.order || a.localeCompare(b));
  return Object.fromEntries(entries);
}

/**
 * Every chart a step may drive, by id (src/charts/<chart id>/chart.ts): its states, rows, drawing, tables
 * and CSV. The build's registry; the browser loads each folder's draw.ts on its own (src/client/chartDraws.ts).
 */
export const chartDefinitions: Record<ChartId, Chart> = chartRegistry(import.meta.glob<ChartModule>("./*/chart.ts", { eager: true }));

/** A chart by id; an unknown id throws, naming the charts there are. */
export function chartById(chart: string, charts: Record<ChartId, Chart> = chartDefinitions): Chart {
  const definition = charts[chart];
  if (!definition) throw new Error(`unknown chart "${chart}"; charts are ${Object.keys(charts).join(", ")}`);
  return definition;
}

/** A chart's title and note: from its folder's definition, or else from content/charts.yaml (which stops the build without them). */
export function chartWords(chart: ChartId): ChartWords {
  return chartById(chart).words ?? chartText(chart);
}

/** Fails the build, naming the place, when content asks for a chart or state that does not exist. */
export function assertChartState(chart: string, state: string, where: string): asserts chart is ChartId {
  const definition = chartDefinitions[chart];
  if (!definition) {
    throw new Error(`${where}: unknown chart "${chart}"; charts are ${Object.keys(chartDefinitions).join(", ")}`);
  }
  if (!definition.states.includes(state)) {
    throw new Error(`${where}: chart "${chart}" has no state "${state}"; its states are ${definition.states.join(", ")}`);
  }
}
