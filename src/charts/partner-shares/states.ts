import type { Flow } from "../../data/schema.ts";
import type { SharePartner } from "../partnerColors.ts";

export interface PartnerSharesState {
  flow: Flow;
  /** Year to mark with a rule and value labels. */
  focusYear?: number;
  /** Partners whose lines are drawn heavy and get value labels; the others thin. Empty: all alike. */
  focus: SharePartner[];
  /** A claimed share to compare with the data, drawn as a reference line. */
  reference?: { share: number; label: string; shortLabel: string; article: number };
  /** Draw China's own (mirror) figure for the focus year beside Kazakhstan's. */
  mirror?: boolean;
  /** An earlier year to set beside the focus year, drawn as hollow dots for the focus partners. */
  compareYear?: number;
}

/** The states a step may name for the partner-shares chart. */
export const partnerSharesStates = {
  "long-view": { flow: "export", focus: [] },
  "moment-2013": {
    flow: "export",
    focusYear: 2013,
    focus: ["china", "russia"],
    reference: { share: 20, label: "“One-fifth”: the 2015 article", shortLabel: "“One-fifth”", article: 2015 },
  },
  "mirror-2013": {
    flow: "export",
    focusYear: 2013,
    focus: ["china"],
    reference: { share: 20, label: "“One-fifth”: the 2015 article", shortLabel: "“One-fifth”", article: 2015 },
    mirror: true,
  },
  "fall-2014": { flow: "export", focusYear: 2014, focus: ["china", "russia"], compareYear: 2013 },
  "imports-2013": { flow: "import", focusYear: 2013, focus: ["russia", "china"] },
  "now-2023": { flow: "export", focusYear: 2023, focus: ["china", "russia", "eu27"] },
  "imports-long-view": { flow: "import", focus: [] },
  "imports-russia-lead": { flow: "import", focusYear: 1996, focus: ["russia", "china"] },
  "imports-china-rise": { flow: "import", focusYear: 2009, focus: ["china", "russia"], compareYear: 2000 },
  "imports-shift": { flow: "import", focusYear: 2023, focus: ["russia", "china"], compareYear: 2022 },
} as const satisfies Record<string, PartnerSharesState>;

/** The states each chart built on partnerSharesChart offers: exports first, imports as the turn; imports alone. */
export const exportSharesStateIds = ["long-view", "moment-2013", "mirror-2013", "fall-2014", "imports-2013", "now-2023"] as const;
export const importSharesStateIds = ["imports-long-view", "imports-russia-lead", "imports-china-rise", "imports-shift"] as const;

export type PartnerSharesStateId = keyof typeof partnerSharesStates;
