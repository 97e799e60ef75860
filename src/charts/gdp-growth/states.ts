export interface GdpGrowthState {
  /** Years whose World Bank figure the chart marks and reads out. */
  focusYears: number[];
  /** Also read out the IMF's figure for the focus years. */
  withImf?: boolean;
  /** Years whose quoted estimate or forecast (forecasts.csv) the chart draws beside the outcome. */
  claimYears: number[];
}

/** The states a step may name for the gdp-growth chart. */
export const gdpGrowthStates = {
  "long-view": { focusYears: [], claimYears: [] },
  "the-2014-slowdown": { focusYears: [2013, 2014], claimYears: [2014] },
  "forecast-vs-outcome": { focusYears: [2015], withImf: true, claimYears: [2015] },
  "now-2024": { focusYears: [2024], withImf: true, claimYears: [] },
} as const satisfies Record<string, GdpGrowthState>;

export type GdpGrowthStateId = keyof typeof gdpGrowthStates;
