import type { ChartDraw, Size } from "./marks.ts";
import { exportSharesStateIds, importSharesStateIds } from "./partnerSharesStates.ts";
import { tradeTurnoverStates } from "./tradeTurnoverStates.ts";
import { gdpGrowthStates } from "./gdpGrowthStates.ts";
import { exportCompositionStates } from "./exportCompositionStates.ts";
import { dealsTimelineStates } from "./dealsTimelineStates.ts";
import { routesMapStates } from "./routesMapStates.ts";
import { draw as partnerSharesDraw } from "./draw/partner-shares.ts";
import { draw as importSharesDraw } from "./draw/import-shares.ts";
import { draw as tradeTurnoverDraw } from "./draw/trade-turnover.ts";
import { draw as gdpGrowthDraw } from "./draw/gdp-growth.ts";
import { draw as exportCompositionDraw } from "./draw/export-composition.ts";
import { draw as dealsTimelineDraw } from "./draw/deals-timeline.ts";
import { draw as routesMapDraw } from "./draw/routes-map.ts";

interface ChartDefinition {
  /** Draws the chart; data is what the chart's build-time shaper produced, state one of `states`. */
  draw: ChartDraw;
  states: readonly string[];
  staticSize: Size;
}

/** The size every chart's static SVG is drawn at. */
const STATIC_SIZE: Size = { width: 640, height: 440 };

/**
 * Every chart a step may drive, by id: its pure drawing function, the states steps may name,
 * and the size the build draws the static SVG at (the browser redraws at the real size).
 * The build's registry: the browser loads each chart's drawing module on its own (src/client/chartDraws.ts).
 */
export const chartDefinitions = {
  "partner-shares": {
    draw: partnerSharesDraw,
    states: exportSharesStateIds,
    staticSize: STATIC_SIZE,
  },
  "import-shares": {
    draw: importSharesDraw,
    states: importSharesStateIds,
    staticSize: STATIC_SIZE,
  },
  "trade-turnover": {
    draw: tradeTurnoverDraw,
    states: Object.keys(tradeTurnoverStates),
    staticSize: STATIC_SIZE,
  },
  "gdp-growth": {
    draw: gdpGrowthDraw,
    states: Object.keys(gdpGrowthStates),
    staticSize: STATIC_SIZE,
  },
  "export-composition": {
    draw: exportCompositionDraw,
    states: Object.keys(exportCompositionStates),
    staticSize: STATIC_SIZE,
  },
  "deals-timeline": {
    draw: dealsTimelineDraw,
    states: Object.keys(dealsTimelineStates),
    staticSize: STATIC_SIZE,
  },
  "routes-map": {
    draw: routesMapDraw,
    states: Object.keys(routesMapStates),
    staticSize: STATIC_SIZE,
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
