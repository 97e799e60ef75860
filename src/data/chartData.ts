import type { ChartId } from "../charts/chartDefinitions.ts";
import { dataset } from "./dataset.ts";
import { partnerShares } from "./partnerShares.ts";

/** Build-time shapers: the exact rows each chart draws, and the series they come from. */
export const chartData: Record<ChartId, { rows: () => unknown; series: string[] }> = {
  "partner-shares": { rows: () => partnerShares(dataset()), series: ["imf-dots", "bns", "imf-dots-china"] },
};
