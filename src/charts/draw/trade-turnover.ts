import type { ChartDraw } from "../marks.ts";
import { tradeTurnoverChart } from "../tradeTurnover.ts";
import type { TradeTurnoverStateId } from "../tradeTurnoverStates.ts";
import type { TradeTurnoverData } from "../../data/tradeTurnover.ts";

/** The trade-turnover chart's drawing function, in its own module so a page loads only the charts it animates. */
export const draw: ChartDraw = (data, state, size) => tradeTurnoverChart(data as TradeTurnoverData, state as TradeTurnoverStateId, size);
