/** The partners the turnover chart draws, as Kazakhstan reported its trade with them. */
export const turnoverPartners = ["china", "russia"] as const;
export type TurnoverPartner = (typeof turnoverPartners)[number];

export interface TradeTurnoverState {
  /** Year to mark with a rule and value labels. */
  focusYear?: number;
  /** Partners whose lines are drawn heavy and get value labels at the focus year; the others thin. Empty: all alike. */
  focus: TurnoverPartner[];
  /** Label China's own figure at the focus year and the gap to Kazakhstan's. */
  gap?: boolean;
  /** Mark the years where Kazakhstan's reported trade with China exceeds that with Russia. */
  overtakes?: boolean;
}

/** The states a step may name for the trade-turnover chart. */
export const tradeTurnoverStates = {
  "long-view": { focus: [] },
  "gap-2017": { focusYear: 2017, focus: ["china"], gap: true },
  "china-overtakes": { focus: ["china", "russia"], overtakes: true },
  "before-2023": { focusYear: 2012, focus: ["china", "russia"] },
  "now-2023": { focusYear: 2023, focus: ["china", "russia"] },
} as const satisfies Record<string, TradeTurnoverState>;

export type TradeTurnoverStateId = keyof typeof tradeTurnoverStates;
