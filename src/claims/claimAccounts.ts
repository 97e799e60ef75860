import type { Dataset } from "../data/dataset.ts";
import { mirrorLastYear } from "../data/bilateral.ts";
import type { Reporter } from "../data/schema.ts";
import type { EditionCode } from "../i18n/editions.ts";
import type { ClaimCheck } from "./claimSchema.ts";
import { checkPartners, checkYears, claimVerdict, type ClaimResult } from "./claimVerdict.ts";
import { ledgerText } from "./ledgerText.ts";

/** One claim's verdict under one reporter's count of the trade it is about. */
export interface AccountVerdict {
  reporter: Reporter;
  /** "By Kazakhstan's count", "By China's count" (English; ledgerText(code).account words it in any edition). */
  label: string;
  result: ClaimResult;
  /** Set when the reporter publishes no figures for a year the check needs: its last year (2020). */
  noFiguresAfter?: number;
  /** Then, why the verdict is not verifiable: "no figures from China after 2020" (English; ledgerText(code).noFiguresAfter). */
  note?: string;
}

/** A bilateral-trade claim's verdicts under Kazakhstan's count and under each partner's own count. */
export interface ClaimAccounts {
  /** Kazakhstan's count first, then each partner the claim is about, in the order the check names them. */
  accounts: AccountVerdict[];
  /** The partners under whose count the verdict differs from Kazakhstan's (both verifiable). */
  flipsUnder: Reporter[];
  /** How the verdict depends on who counts, in one generated sentence; only for a claim that flips (English; see accountsSentence). */
  sentence?: string;
}

const english = ledgerText("en");

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
    const label = english.account(reporter);
    if (reporter === "kazakhstan" || result.verdict !== "not verifiable with these data") return { reporter, label, result };
    const last = mirrorLastYear(data, reporter);
    return years.some((y) => y > last)
      ? { reporter, label, result, noFiguresAfter: last, note: english.noFiguresAfter(reporter, last) }
      : { reporter, label, result };
  });
  const own = accounts[0]!.result.verdict;
  const verifiable = (a: AccountVerdict) => a.result.verdict !== "not verifiable with these data";
  const flipping = accounts.slice(1).filter((a) => verifiable(a) && accounts[0] && verifiable(accounts[0]) && a.result.verdict !== own);
  const sentence = accountsSentence({ accounts, flipsUnder: flipping.map((a) => a.reporter) }, "en");
  return { accounts, flipsUnder: flipping.map((a) => a.reporter), ...(sentence && { sentence }) };
}

/**
 * How a claim's verdict depends on who counts, in one sentence in an edition's words: Kazakhstan's verdict, each
 * partner whose count changes it, and each partner whose count keeps it (so the sentence accounts for every count the
 * entry lists). Undefined for a claim that does not flip.
 */
export function accountsSentence(found: Pick<ClaimAccounts, "accounts" | "flipsUnder">, code: EditionCode): string | undefined {
  if (found.flipsUnder.length === 0) return undefined;
  const [own, ...partners] = found.accounts;
  const verifiable = (a: AccountVerdict) => a.result.verdict !== "not verifiable with these data";
  const flipping = partners.filter((a) => found.flipsUnder.includes(a.reporter));
  const keeping = partners.filter((a) => verifiable(a) && !found.flipsUnder.includes(a.reporter));
  return ledgerText(code).flipSentence(
    own!.result.verdict,
    flipping.map((a) => ({ reporter: a.reporter, verdict: a.result.verdict })),
    keeping.map((a) => a.reporter),
  );
}
