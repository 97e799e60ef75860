import type { ChartFunction, ChartModel, Size } from "./marks.ts";
import type { Reporter } from "./reporters.ts";

/**
 * A chart's drawing as the page uses it: the browser reads the chart's rows from the JSON the build wrote
 * into the page, and its states from the steps' data-state attributes. Each chart's draw.ts exports one
 * (`drawing`); the browser loads that module alone, as a chunk named after the chart (src/client/chartDraws.ts).
 */
export interface PageDrawing {
  /** The chart bound to the rows in the page's JSON; draws nothing (undefined) for a state it does not have. */
  withRows(json: string): (state: string, size: Size, reporter?: Reporter) => ChartModel | undefined;
}

/**
 * A chart's drawing function and its states object (the one the function looks its state up in), as the page
 * calls them: a state id read from the page is checked against that object's keys, which the chunk ships anyway.
 */
export function pageDrawing<Data, States extends object>(states: States, draw: ChartFunction<Data, keyof States & string>): PageDrawing {
  const isState = (state: string): state is keyof States & string => Object.hasOwn(states, state);
  return {
    withRows(json) {
      // The one narrowing at the chart boundary, and why it holds: the JSON is what this same chart's definition
      // (its folder's chart.ts, through defineChart) returned as its rows, written into the page by ChartFigure.astro
      // at build time; Data is that return type. Checking it again here would ship a schema to every reader.
      const rows = JSON.parse(json) as Data;
      return (state, size, reporter) => (isState(state) ? draw(rows, state, size, reporter) : undefined);
    },
  };
}
