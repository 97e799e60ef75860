import type { ChartModel, Size } from "../../../src/charts/marks.ts";
// The one place the geometry snapshots import the charts and their data: when charts move, fix only these imports.
import { chartDefinitions } from "../../../src/charts/chartDefinitions.ts";
import { chartData } from "../../../src/charts/chartData.ts";

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

type Definition = { draw: (data: unknown, state: string, size: Size) => ChartModel; states: readonly string[]; staticSize: Size };
const definitionOf = (chart: string): Definition => (chartDefinitions as Record<string, Definition>)[chart]!;

/** A chart's rows exactly as the build hands them to the page (chartData's shaper, breaks added). */
export const rowsOf = (chart: string): unknown => (chartData as Record<string, { rows: () => unknown }>)[chart]!.rows();

/** The chart's states, in the order its definition lists them. */
export const statesOf = (chart: string): readonly string[] => definitionOf(chart).states;

/** The sizes a chart is pinned at: the phone plot, then the build's static size. */
export const sizesOf = (chart: string): Size[] => [PHONE_SIZE, definitionOf(chart).staticSize];

/** Draws one chart in one state at one size, from the build's rows or from rows given. */
export function drawChart(chart: string, state: string, size: Size, rows: unknown = rowsOf(chart)): ChartModel {
  return definitionOf(chart).draw(rows, state, size);
}

/** Every state of a chart at both sizes, drawn from the build's rows (or from rows given). */
export function chartCases(chart: string, rows: unknown = rowsOf(chart)): ChartCase[] {
  return statesOf(chart).flatMap((state) =>
    sizesOf(chart).map((size) => ({ chart, state, size, model: drawChart(chart, state, size, rows) })),
  );
}
