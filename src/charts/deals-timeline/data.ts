import type { Dataset } from "../../data/dataset.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import type { DealsTimelineData } from "./rows.ts";
import { dealsTimelineIn } from "./words.ts";

export type { Deal, DealsTimelineData } from "./rows.ts";

/** Exactly what the deals-timeline chart draws, with its words in an edition (English unless told). */
export const dealsTimeline = (data: Dataset, edition: EditionCode = "en"): DealsTimelineData => dealsTimelineIn(data, edition);
