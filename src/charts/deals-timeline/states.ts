import type { Article } from "../../data/schema.ts";

export interface DealsTimelineState {
  /** The article whose deals are drawn solid; the others hollow. Absent: all solid. */
  focus?: Article;
  /** Bracket the focus article's deals with their sum, beside the article's own rounded total. */
  sum?: { quote: string };
  /** Name who announced the focus article's figures. */
  announcer?: boolean;
}

/** The states a step may name for the deals-timeline chart. */
export const dealsTimelineStates = {
  all: {},
  "2014-2015": { focus: "2015", sum: { quote: "“$40 billion”" } },
  "2018": { focus: "2018", announcer: true },
} as const satisfies Record<string, DealsTimelineState>;

export type DealsTimelineStateId = keyof typeof dealsTimelineStates;
