import type { ClaimCheck } from "./claimSchema.ts";

const points = (n: number) => `${n} ${n === 1 ? "point" : "points"}`;

/**
 * The tolerance behind a claim's verdict, in words a reader can check the figures against ("supported within
 * 1 point of the claim, partly supported within 3"), in the unit claimVerdict.ts compares in; undefined for a
 * claim judged by a rule rather than by closeness (a gap that narrows, a surplus) or not checked at all.
 */
export function toleranceText(check: ClaimCheck): string | undefined {
  switch (check.kind) {
    case "share":
    case "annual-change":
    case "gdp-growth":
      return `Supported within ${points(check.supported)} of the claimed figure, partly supported within ${points(check.partly)}.`;
    case "share-ratio":
      return `Supported within ${check.supported} of the claimed ratio, partly supported within ${check.partly}.`;
    case "value":
    case "turnover":
      return `Supported within ${check.supported}% of the claimed figure, partly supported within ${check.partly}%.`;
    default:
      return undefined;
  }
}
