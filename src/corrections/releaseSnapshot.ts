import type { Claim } from "../claims/claimSchema.ts";
import { claimVerdict, type Verdict } from "../claims/claimVerdict.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Release } from "../citation/release.ts";
import type { Correction } from "./correctionSchema.ts";
import { proseSnapshot } from "./proseSnapshot.ts";

/**
 * What a release said about each claim: its computed verdict and the figures set beside it, as printed.
 * Kept in content/releases/<version>.json (written by `npm run release:snapshot`), so the next build can
 * tell what has changed since.
 */
export interface ReleaseSnapshot {
  version: string;
  date: string;
  claims: Record<string, { verdict: Verdict; figures: string[] }>;
  /** Every figure the prose prints through a data tag, by page: figure id -> text (proseSnapshot.ts). */
  prose?: Record<string, Record<string, string>>;
}

/** The snapshot of the claims (and, given the MDX sources, of the prose's figures) as this build computes them. */
export function claimsSnapshot(
  claims: readonly Claim[],
  data: Dataset,
  release: Release,
  sources?: Record<string, string>,
): ReleaseSnapshot {
  return {
    version: release.version,
    date: release.date,
    ...(sources && { prose: proseSnapshot(sources, data) }),
    claims: Object.fromEntries(
      claims.map((claim) => {
        const { verdict, compared } = claimVerdict(claim.check, data);
        return [claim.id, { verdict, figures: compared.map((c) => `${c.label}, ${c.year}: ${c.display}`) }];
      }),
    ),
  };
}

/** The newest of the kept release snapshots, by version number. */
export function latestSnapshot(snapshots: readonly ReleaseSnapshot[]): ReleaseSnapshot | undefined {
  const key = (v: string) => v.split(".").map(Number);
  return [...snapshots]
    .sort((a, b) => {
      const [x, y] = [key(a.version), key(b.version)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    })
    .at(-1);
}

/**
 * Every change to a claim since the previous release that the corrections log does not record: a verdict
 * that changed needs an entry for that claim, dated on or after the release, saying from what to what;
 * figures that changed under the same verdict, or a claim taken out of the ledger, need an entry for that
 * claim dated on or after the release. New claims need none.
 */
export function unloggedChanges(previous: ReleaseSnapshot, current: ReleaseSnapshot, log: readonly Correction[]): string[] {
  const since = (id: string) => log.filter((c) => c.claim === id && c.date >= previous.date);
  const problems: string[] = [];
  for (const [id, before] of Object.entries(previous.claims)) {
    const now = current.claims[id];
    const entries = since(id);
    if (!now) {
      if (entries.length === 0) problems.push(`claim "${id}" was in release ${previous.version} and is gone`);
    } else if (now.verdict !== before.verdict) {
      if (!entries.some((c) => c.verdict?.from === before.verdict && c.verdict.to === now.verdict)) {
        problems.push(`claim "${id}" changed its verdict from "${before.verdict}" to "${now.verdict}" since release ${previous.version}`);
      }
    } else if (JSON.stringify(now.figures) !== JSON.stringify(before.figures) && entries.length === 0) {
      const gone = before.figures.filter((f) => !now.figures.includes(f));
      const added = now.figures.filter((f) => !before.figures.includes(f));
      problems.push(
        `claim "${id}" changed its figures since release ${previous.version}: ${[...gone.map((f) => `was “${f}”`), ...added.map((f) => `now “${f}”`)].join("; ")}`,
      );
    }
  }
  // A sentence's figure that changed since the release (same figure on the same page, new text) needs an entry for that page.
  for (const [page, figures] of Object.entries(previous.prose ?? {})) {
    const logged = log.some((c) => c.page === page && c.date >= previous.date);
    for (const [id, before] of Object.entries(figures)) {
      const now = current.prose?.[page]?.[id];
      if (now !== undefined && now !== before && !logged)
        problems.push(`on ${page}, the figure ${id} the prose prints changed from ${before} to ${now} since release ${previous.version}`);
    }
  }
  return problems;
}
