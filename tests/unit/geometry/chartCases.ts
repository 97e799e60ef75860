import type { ChartModel, Size } from "../../../src/charts/marks.ts";
import type { DefinedChart } from "../../../src/charts/defineChart.ts";
import type { Reporter } from "../../../src/charts/reporters.ts";
// The one place the geometry snapshots import the charts: when charts move, fix only these imports.
import { chartDefinitions } from "../../../src/charts/chartDefinitions.ts";

// Each folder's typed definition, for drawing from rows a test hands in (frozen or perturbed); the
// registry's charts draw only from their own rows.
const folders = import.meta.glob<{ chart: DefinedChart<unknown, string> }>("../../../src/charts/*/chart.ts", { eager: true });
const specOf = (chart: string) => {
  const found = Object.entries(folders).find(([path]) => path.endsWith(`/${chart}/chart.ts`));
  if (!found) throw new Error(`no chart folder for "${chart}"`);
  return found[1].chart.spec;
};

/**
 * The phone size each chart's geometry is pinned at: the sticky chart's plot on a 360 x 640 phone, as the page
 * measures it (`.chart-plot` clientWidth x clientHeight, src/client/startScrollies.ts), measured on the built
 * chapters (328 x 206 where the chart's title takes two lines). The other size is the build's static size.
 */
export const PHONE_SIZE: Size = { width: 328, height: 227 };

export interface ChartCase {
  chart: string;
  state: string;
  size: Size;
  model: ChartModel;
}

/** Every chart id, in registry order. */
export const chartIds: string[] = Object.keys(chartDefinitions);

/** A chart's rows exactly as the build hands them to the page. */
export const rowsOf = (chart: string): unknown => chartDefinitions[chart]!.rows();

/** The chart's states, in the order its definition lists them. */
export const statesOf = (chart: string): readonly string[] => chartDefinitions[chart]!.states;

/** The sizes a chart is pinned at: the phone plot, then the build's static size. */
export const sizesOf = (chart: string): Size[] => [PHONE_SIZE, chartDefinitions[chart]!.staticSize];

/** Draws one chart in one state at one size, from the build's rows or from rows given. */
export function drawChart(chart: string, state: string, size: Size, rows: unknown = rowsOf(chart), reporter?: Reporter): ChartModel {
  return specOf(chart).draw(rows, state, size, reporter);
}

/** The reporters a chart's switch offers beyond the default (src/charts/reporters.ts); none for most charts. */
export const otherReportersOf = (chart: string): Reporter[] => chartDefinitions[chart]!.reporters.filter((r) => r !== "kazakhstan");

/** Every state of a chart at both sizes under one reporter, drawn from the build's rows. */
export function reporterCases(chart: string, reporter: Reporter): ChartCase[] {
  return statesOf(chart).flatMap((state) =>
    sizesOf(chart).map((size) => ({ chart, state, size, model: drawChart(chart, state, size, rowsOf(chart), reporter) })),
  );
}

/** Every state of a chart at both sizes, drawn from the build's rows (or from rows given). */
export function chartCases(chart: string, rows: unknown = rowsOf(chart)): ChartCase[] {
  return statesOf(chart).flatMap((state) =>
    sizesOf(chart).map((size) => ({ chart, state, size, model: drawChart(chart, state, size, rows) })),
  );
}
