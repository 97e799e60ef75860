import type { ChartDraw } from "../marks.ts";
import { dealsTimelineChart } from "../dealsTimeline.ts";
import type { DealsTimelineStateId } from "../dealsTimelineStates.ts";
import type { DealsTimelineData } from "../../data/dealsTimeline.ts";

/** The deals-timeline chart's drawing function, in its own module so a page loads only the charts it animates. */
export const draw: ChartDraw = (data, state, size) => dealsTimelineChart(data as DealsTimelineData, state as DealsTimelineStateId, size);
