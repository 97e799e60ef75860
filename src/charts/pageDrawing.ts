import type { ChartFunction, ChartModel, Size } from "./marks.ts";

/**
 * A chart's drawing as the page uses it: the browser reads the chart's rows from the JSON the build wrote
 * into the page, and its states from the steps' data-state attributes. Each chart's draw.ts exports one
 * (`drawing`); the browser loads that module alone, as a chunk named after the chart (src/client/chartDraws.ts).
 */
export interface PageDrawing {
  /** The chart bound to the rows in the page's JSON; draws nothing (undefined) for a state it does not have. */
  withRows(json: string): (state: string, size: Size) => ChartModel | undefined;
}

/** A chart's drawing function and states, as the page calls them. */
export function pageDrawing<Data, State extends string>(states: readonly State[], draw: ChartFunction<Data, State>): PageDrawing {
  return {
    withRows(json) {
      // The one narrowing at the chart boundary, and why it holds: the JSON is what this same chart's definition
      // (its folder's chart.ts, through defineChart) returned as its rows, written into the page by ChartFigure.astro
      // at build time; Data is that return type. Checking it again here would ship a schema to every reader.
      const rows = JSON.parse(json) as Data;
      return (state, size) => {
        const known = states.find((s) => s === state);
        return known === undefined ? undefined : draw(rows, known, size);
      };
    },
  };
}

/** The ids of a chart's states, typed as such, in the order its states object lists them. */
export const stateIds = <States extends object>(states: States): (keyof States & string)[] =>
  Object.keys(states).filter((id): id is keyof States & string => id in states);
