import { claims } from "../claims/loadClaims.ts";
import { dataset } from "../data/dataset.ts";
import { release } from "../citation/release.ts";
import { claimsSnapshot, type ReleaseSnapshot } from "./releaseSnapshot.ts";
import { proseSources } from "./proseSources.ts";

/** The claims' verdicts and figures, and the prose's figures, as this working tree computes them, for `npm run release:snapshot`. */
export function currentSnapshot(): ReleaseSnapshot {
  return claimsSnapshot(claims(), dataset(), release, proseSources);
}
