import type { ClaimCheck } from "./claimSchema.ts";

/** A tolerance as a UI catalog key (content/i18n/ui/<code>.yaml) and the two bounds it fills in. */
export interface Tolerance {
  key: "claims.tolerance.points" | "claims.tolerance.ratio" | "claims.tolerance.percent";
  supported: number;
  partly: number;
}

/**
 * The tolerance behind a claim's verdict, so a reader can check the figures against it, in the unit
 * claimVerdict.ts compares in: percentage points, a ratio, or per cent of the claimed figure. Undefined for a
 * claim judged by a rule rather than by closeness (a gap that narrows, a surplus) or not checked at all.
 */
export function claimTolerance(check: ClaimCheck): Tolerance | undefined {
  switch (check.kind) {
    case "share":
    case "annual-change":
    case "gdp-growth":
      return { key: "claims.tolerance.points", supported: check.supported, partly: check.partly };
    case "share-ratio":
      return { key: "claims.tolerance.ratio", supported: check.supported, partly: check.partly };
    case "value":
    case "turnover":
      return { key: "claims.tolerance.percent", supported: check.supported, partly: check.partly };
    default:
      return undefined;
  }
}
