import { pageDrawing } from "../pageDrawing.ts";
import { partnerSharesChart } from "../partner-shares/draw.ts";
import { importSharesStateIds } from "../partner-shares/states.ts";

/** The import-shares chart is the partner-shares chart in its import states alone. */
export const drawing = pageDrawing(importSharesStateIds, partnerSharesChart);
