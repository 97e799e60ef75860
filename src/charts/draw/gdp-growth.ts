import type { ChartDraw } from "../marks.ts";
import { gdpGrowthChart } from "../gdpGrowth.ts";
import type { GdpGrowthStateId } from "../gdpGrowthStates.ts";
import type { GdpGrowthData } from "../../data/gdpGrowth.ts";

/** The gdp-growth chart's drawing function, in its own module so a page loads only the charts it animates. */
export const draw: ChartDraw = (data, state, size) => gdpGrowthChart(data as GdpGrowthData, state as GdpGrowthStateId, size);
