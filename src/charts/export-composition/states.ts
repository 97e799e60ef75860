export interface ExportCompositionState {
  /** Which year to mark with a rule and values: fuel's peak, the last year, or none. */
  focus?: "fuel-peak" | "latest";
}

/** The states a step may name for the export-composition chart. */
export const exportCompositionStates = {
  "long-view": {},
  "oil-peak": { focus: "fuel-peak" },
  latest: { focus: "latest" },
} as const satisfies Record<string, ExportCompositionState>;

export type ExportCompositionStateId = keyof typeof exportCompositionStates;
