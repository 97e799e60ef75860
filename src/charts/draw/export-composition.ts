import type { ChartDraw } from "../marks.ts";
import { exportCompositionChart } from "../exportComposition.ts";
import type { ExportCompositionStateId } from "../exportCompositionStates.ts";
import type { ExportCompositionData } from "../../data/exportComposition.ts";

/** The export-composition chart's drawing function, in its own module so a page loads only the charts it animates. */
export const draw: ChartDraw = (data, state, size) =>
  exportCompositionChart(data as ExportCompositionData, state as ExportCompositionStateId, size);
