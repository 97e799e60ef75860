import type { ChartModel, Size } from "./marks.ts";
import { partnerSharesChart } from "./partnerShares.ts";
import { exportSharesStateIds, importSharesStateIds, type PartnerSharesStateId } from "./partnerSharesStates.ts";
import type { PartnerSharesData } from "../data/partnerShares.ts";
import { tradeTurnoverChart } from "./tradeTurnover.ts";
import { tradeTurnoverStates, type TradeTurnoverStateId } from "./tradeTurnoverStates.ts";
import type { TradeTurnoverData } from "../data/tradeTurnover.ts";
import { gdpGrowthChart } from "./gdpGrowth.ts";
import { gdpGrowthStates, type GdpGrowthStateId } from "./gdpGrowthStates.ts";
import type { GdpGrowthData } from "../data/gdpGrowth.ts";
import { exportCompositionChart } from "./exportComposition.ts";
import { exportCompositionStates, type ExportCompositionStateId } from "./exportCompositionStates.ts";
import type { ExportCompositionData } from "../data/exportComposition.ts";
import { dealsTimelineChart } from "./dealsTimeline.ts";
import { dealsTimelineStates, type DealsTimelineStateId } from "./dealsTimelineStates.ts";
import type { DealsTimelineData } from "../data/dealsTimeline.ts";
import { routesMapChart } from "./routesMap.ts";
import { routesMapStates, type RoutesMapStateId } from "./routesMapStates.ts";
import type { RoutesMapData } from "../data/routesMap.ts";

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
  "trade-turnover": {
    draw: (data, state, size) => tradeTurnoverChart(data as TradeTurnoverData, state as TradeTurnoverStateId, size),
    states: Object.keys(tradeTurnoverStates),
    staticSize: { width: 640, height: 440 },
  },
  "gdp-growth": {
    draw: (data, state, size) => gdpGrowthChart(data as GdpGrowthData, state as GdpGrowthStateId, size),
    states: Object.keys(gdpGrowthStates),
    staticSize: { width: 640, height: 440 },
  },
  "export-composition": {
    draw: (data, state, size) => exportCompositionChart(data as ExportCompositionData, state as ExportCompositionStateId, size),
    states: Object.keys(exportCompositionStates),
    staticSize: { width: 640, height: 440 },
  },
  "deals-timeline": {
    draw: (data, state, size) => dealsTimelineChart(data as DealsTimelineData, state as DealsTimelineStateId, size),
    states: Object.keys(dealsTimelineStates),
    staticSize: { width: 640, height: 440 },
  },
  "routes-map": {
    draw: (data, state, size) => routesMapChart(data as RoutesMapData, state as RoutesMapStateId, size),
    states: Object.keys(routesMapStates),
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
