import { dataset } from "../../data/dataset.ts";
import { defineChart, stateIds } from "../defineChart.ts";
import { dealsTimeline } from "./data.ts";
import { dealsTimelineChart } from "./draw.ts";
import { dealsTimelineStates } from "./states.ts";
import { dealsTimelineTables } from "./tables.ts";
import { dealsTimelineCsv } from "./csv.ts";

/** The deals and investment between China and Kazakhstan the two articles report. */
export const chart = defineChart({
  order: 6,
  states: stateIds(dealsTimelineStates),
  rows: (edition) => dealsTimeline(dataset(), edition),
  draw: dealsTimelineChart,
  series: ["article-2015", "article-2018"],
  tables: dealsTimelineTables,
  csv: dealsTimelineCsv,
});
