import type { ClaimCheck } from "./claimSchema.ts";

/** The rule behind a verdict as a UI catalog key (content/i18n/ui/<code>.yaml) and the numbers it fills in. */
export interface Tolerance {
  key: "claims.tolerance.points" | "claims.tolerance.ratio" | "claims.tolerance.percent" | "claims.rule.gapNarrows" | "claims.rule.surplus";
  values: Record<string, number>;
}

/**
 * The rule behind a claim's verdict, so a reader can check the figures against it: for a claim judged by
 * closeness, its tolerance in the unit claimVerdict.ts compares in (percentage points, a ratio, or per cent of the
 * claimed figure); for a prediction that a gap narrows, the two years compared; for a surplus, the year both sides'
 * figures are read for (the rule differs from every other claim's, so a chapter's ledger says it too). Undefined for a
 * claim not checked at all.
 */
export function claimTolerance(check: ClaimCheck): Tolerance | undefined {
  switch (check.kind) {
    case "share":
    case "annual-change":
    case "gdp-growth":
      return { key: "claims.tolerance.points", values: { supported: check.supported, partly: check.partly } };
    case "share-ratio":
      return { key: "claims.tolerance.ratio", values: { supported: check.supported, partly: check.partly } };
    case "value":
    case "turnover":
      return { key: "claims.tolerance.percent", values: { supported: check.supported, partly: check.partly } };
    case "gap-narrows":
      return { key: "claims.rule.gapNarrows", values: { from: check.from, to: check.to } };
    case "surplus":
      return { key: "claims.rule.surplus", values: { year: check.year } };
    default:
      return undefined;
  }
}
