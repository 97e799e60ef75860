import type { ChartModel, Size } from "./marks.ts";
import { partnerSharesChart } from "./partnerShares.ts";
import { exportSharesStateIds, importSharesStateIds, type PartnerSharesStateId } from "./partnerSharesStates.ts";
import type { PartnerSharesData } from "../data/partnerShares.ts";

interface ChartDefinition {
  /** Draws the chart; data is what the chart's build-time shaper produced, state one of `states`. */
  draw: (data: unknown, state: string, size: Size) => ChartModel;
  states: readonly string[];
  staticSize: Size;
}

/**
 * Every chart a step may drive, by id: its pure drawing function, the states steps may name,
 * and the size the build draws the static SVG at (the browser redraws at the real size).
 * Shared by the build and the browser, so it holds no data loading.
 */
export const chartDefinitions = {
  "partner-shares": {
    draw: (data, state, size) => partnerSharesChart(data as PartnerSharesData, state as PartnerSharesStateId, size),
    states: exportSharesStateIds,
    staticSize: { width: 640, height: 440 },
  },
  "import-shares": {
    draw: (data, state, size) => partnerSharesChart(data as PartnerSharesData, state as PartnerSharesStateId, size),
    states: importSharesStateIds,
    staticSize: { width: 640, height: 440 },
  },
} satisfies Record<string, ChartDefinition>;

export type ChartId = keyof typeof chartDefinitions;

/** Fails the build, naming the place, when content asks for a chart or state that does not exist. */
export function assertChartState(chart: string, state: string, where: string): asserts chart is ChartId {
  const definition = (chartDefinitions as Record<string, ChartDefinition>)[chart];
  if (!definition) {
    throw new Error(`${where}: unknown chart "${chart}"; charts are ${Object.keys(chartDefinitions).join(", ")}`);
  }
  if (!definition.states.includes(state)) {
    throw new Error(`${where}: chart "${chart}" has no state "${state}"; its states are ${definition.states.join(", ")}`);
  }
}
