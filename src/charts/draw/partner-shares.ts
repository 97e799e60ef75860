import type { ChartDraw } from "../marks.ts";
import { partnerSharesChart } from "../partnerShares.ts";
import type { PartnerSharesStateId } from "../partnerSharesStates.ts";
import type { PartnerSharesData } from "../../data/partnerShares.ts";

/** The partner-shares chart's drawing function, in its own module so a page loads only the charts it animates. */
export const draw: ChartDraw = (data, state, size) => partnerSharesChart(data as PartnerSharesData, state as PartnerSharesStateId, size);
