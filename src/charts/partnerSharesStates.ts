import type { Flow } from "../data/schema.ts";
import type { SharePartner } from "../data/partnerShares.ts";

export interface PartnerSharesState {
  flow: Flow;
  /** Year to mark with a rule and value labels. */
  focusYear?: number;
  /** Partners whose lines are drawn heavy and get value labels; the others thin. Empty: all alike. */
  focus: SharePartner[];
  /** A claimed share to compare with the data, drawn as a reference line. */
  reference?: { share: number; label: string; shortLabel: string };
  /** Draw China's own (mirror) figure for the focus year beside Kazakhstan's. */
  mirror?: boolean;
  /** Show the change from the previous year for the focus partners. */
  change?: boolean;
}

/** The states a step may name for the partner-shares chart. */
export const partnerSharesStates = {
  "long-view": { flow: "export", focus: [] },
  "moment-2013": {
    flow: "export",
    focusYear: 2013,
    focus: ["china", "russia"],
    reference: { share: 20, label: "“One-fifth”: the 2015 article", shortLabel: "“One-fifth”" },
    mirror: true,
  },
  "fall-2014": { flow: "export", focusYear: 2014, focus: ["china", "russia"], change: true },
  "imports-2013": { flow: "import", focusYear: 2013, focus: ["russia", "china"] },
  "now-2023": { flow: "export", focusYear: 2023, focus: ["china", "russia", "eu27"] },
} as const satisfies Record<string, PartnerSharesState>;

export type PartnerSharesStateId = keyof typeof partnerSharesStates;
