import { claims } from "../claims/loadClaims.ts";
import { dataset } from "../data/dataset.ts";
import { release } from "../citation/release.ts";
import { correctionsText, parseCorrections, type LoggedCorrection } from "./loadCorrections.ts";
import { claimsSnapshot, latestSnapshot, unloggedChanges, type ReleaseSnapshot } from "./releaseSnapshot.ts";
import { proseSources } from "./proseSources.ts";

const kept = import.meta.glob<ReleaseSnapshot>("../../content/releases/*.json", { import: "default", eager: true });

let cached: LoggedCorrection[] | undefined;

/**
 * The corrections log, newest first. Reading it also compares the claims with the last release kept in
 * content/releases/: a change to a verdict, a claim's figure or a figure the prose prints, with no entry in the
 * log, stops the build, naming it.
 */
export function corrections(): LoggedCorrection[] {
  if (cached) return cached;
  const log = parseCorrections(correctionsText(), new Set(claims().map((c) => c.id)));
  const previous = latestSnapshot(Object.values(kept));
  if (previous) {
    const problems = unloggedChanges(previous, claimsSnapshot(claims(), dataset(), release, proseSources), log);
    if (problems.length > 0) {
      throw new Error(
        `Changes since release ${previous.version} (content/releases/${previous.version}.json) with no entry in content/corrections.yaml:\n` +
          problems.map((p) => `  - ${p}`).join("\n") +
          `\nAdd an entry for each (date, what, why, claim, and for a verdict: verdict: { from, to }); see the README, "Corrections".`,
      );
    }
  }
  cached = log;
  return log;
}

/** The corrections shown beside one claim of the ledger. */
export const claimCorrections = (id: string) => corrections().filter((c) => c.claim === id);
/** The corrections shown beside one section or step of a page (a site path such as /chapters/the-tilt/). */
export const passageCorrections = (page: string, anchor: string) => corrections().filter((c) => c.page === page && c.anchor === anchor);
