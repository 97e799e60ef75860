import type { ChartDraw } from "../marks.ts";
import { routesMapChart } from "../routesMap.ts";
import type { RoutesMapStateId } from "../routesMapStates.ts";
import type { RoutesMapData } from "../../data/routesMap.ts";

/** The routes-map chart's drawing function, in its own module so a page loads only the charts it animates. */
export const draw: ChartDraw = (data, state, size) => routesMapChart(data as RoutesMapData, state as RoutesMapStateId, size);
