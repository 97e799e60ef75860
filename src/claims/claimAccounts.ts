import type { Dataset } from "../data/dataset.ts";
import { mirrorLastYear } from "../data/bilateral.ts";
import type { Reporter } from "../data/schema.ts";
import type { ClaimCheck } from "./claimSchema.ts";
import { checkPartners, checkYears, claimVerdict, reporterNames, type ClaimResult } from "./claimVerdict.ts";

/** One claim's verdict under one reporter's count of the trade it is about. */
export interface AccountVerdict {
  reporter: Reporter;
  /** "By Kazakhstan's count", "By China's count". */
  label: string;
  result: ClaimResult;
  /** Set when the reporter publishes no figures for a year the check needs: its last year (2020). */
  noFiguresAfter?: number;
  /** Then, why the verdict is not verifiable: "no figures from China after 2020". */
  note?: string;
}

/** A bilateral-trade claim's verdicts under Kazakhstan's count and under each partner's own count. */
export interface ClaimAccounts {
  /** Kazakhstan's count first, then each partner the claim is about, in the order the check names them. */
  accounts: AccountVerdict[];
  /** The partners under whose count the verdict differs from Kazakhstan's (both verifiable). */
  flipsUnder: Reporter[];
  /** How the verdict depends on who counts, in one generated sentence; only for a claim that flips. */
  sentence?: string;
}

const possessive = (reporter: Reporter) => `${reporterNames[reporter]}'s`;

/**
 * For a claim about Kazakhstan's trade with China or Russia, the verdict of its check read under
 * Kazakhstan's figures and under each partner's own figures of the same trade (claimVerdict with a
 * VerdictContext: the partner's mirror figure replaces Kazakhstan's for that partner, shares stay over
 * Kazakhstan's own totals). A partner's figures end in 2020; a check that needs a later year is not
 * verifiable under that partner's count, and says so. Undefined for a claim about neither partner.
 */
export function claimAccounts(check: ClaimCheck, data: Dataset): ClaimAccounts | undefined {
  const partners = checkPartners(check);
  if (partners.length === 0) return undefined;
  const years = checkYears(check);
  const accounts: AccountVerdict[] = (["kazakhstan", ...partners] as Reporter[]).map((reporter) => {
    const result = claimVerdict(check, data, { reporter });
    const label = `By ${possessive(reporter)} count`;
    if (reporter === "kazakhstan" || result.verdict !== "not verifiable with these data") return { reporter, label, result };
    const last = mirrorLastYear(data, reporter);
    return years.some((y) => y > last)
      ? { reporter, label, result, noFiguresAfter: last, note: `no figures from ${reporterNames[reporter]} after ${last}` }
      : { reporter, label, result };
  });
  const own = accounts[0]!.result.verdict;
  const verifiable = (a: AccountVerdict) => a.result.verdict !== "not verifiable with these data";
  const flipping = accounts.slice(1).filter((a) => verifiable(a) && accounts[0] && verifiable(accounts[0]) && a.result.verdict !== own);
  // A partner whose count keeps the verdict is named too, so the sentence accounts for every count the entry lists.
  const keeping = accounts.slice(1).filter((a) => verifiable(a) && !flipping.includes(a));
  const sentence =
    flipping.length === 0
      ? undefined
      : `The verdict depends on who is counting: ${own} by Kazakhstan's figures, ${flipping
          .map((a) => `${a.result.verdict} by ${possessive(a.reporter)} own figures for the same trade`)
          .join(", and ")}${keeping.map((a) => `; by ${possessive(a.reporter)} own figures it stays ${own}`).join("")}.`;
  return { accounts, flipsUnder: flipping.map((a) => a.reporter), ...(sentence && { sentence }) };
}
