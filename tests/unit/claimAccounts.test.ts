import { describe, expect, it } from "vitest";
import { claimAccounts } from "../../src/claims/claimAccounts.ts";
import { claimVerdict } from "../../src/claims/claimVerdict.ts";
import { claims } from "../../src/claims/loadClaims.ts";
import { dataset, type Dataset } from "../../src/data/dataset.ts";

const byId = (id: string) => {
  const claim = claims().find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
};
const accountsOf = (id: string, data: Dataset = dataset()) => {
  const accounts = claimAccounts(byId(id).check, data);
  if (!accounts) throw new Error(`${id} is not a bilateral-trade claim`);
  return accounts;
};
const summary = (id: string, data?: Dataset) =>
  accountsOf(id, data).accounts.map((a) => [a.reporter, a.result.verdict, a.result.compared.map((c) => c.display)]);

/**
 * Figures from the reference files (reference-data/), by hand:
 * 2017, Kazakhstan's count (IMF, Kazakhstan as reporter): exports to China $5,773,390,980, imports from China $4,691,956,666.
 * 2017, China's count (IMF, China as reporter): imports from Kazakhstan $6,341,354,554, exports to Kazakhstan $11,651,494,503.
 * 2013: Kazakhstan's imports from Russia $17,971,764,465 (36.62% of its $49,073,576,277 total); Russia's exports to
 * Kazakhstan $17,632,241,336, which is 35.93% of that same Kazakhstan total.
 */
describe("claimAccounts(check, dataset)", () => {
  it("“in Kazakhstan's favour” flips: a surplus by Kazakhstan's count, a deficit by China's", () => {
    expect(summary("trade-in-kazakhstans-favour")).toEqual([
      ["kazakhstan", "supported", ["$5.8bn", "$4.7bn"]],
      ["china", "contradicted", ["$6.3bn", "$11.7bn"]],
    ]);
    const accounts = accountsOf("trade-in-kazakhstans-favour");
    expect(accounts.flipsUnder).toEqual(["china"]);
    expect(accounts.sentence).toBe(
      "The verdict depends on who is counting: supported by Kazakhstan's figures, contradicted by China's own figures for the same trade.",
    );
  });

  it("the $10.5bn of 2017 flips: Kazakhstan counted $10.5bn, China $18.0bn", () => {
    expect(summary("trade-2017-10-5-billion")).toEqual([
      ["kazakhstan", "supported", ["$5.8bn", "$4.7bn", "$10.5bn"]],
      ["china", "contradicted", ["$6.3bn", "$11.7bn", "$18.0bn"]],
    ]);
  });

  it("Russia's 36% of imports does not flip: 36.6% by Kazakhstan's count, 35.9% by Russia's, both within a point", () => {
    expect(summary("russia-36-percent-of-imports")).toEqual([
      ["kazakhstan", "supported", ["36.6%"]],
      ["russia", "supported", ["35.9%"]],
    ]);
    const accounts = accountsOf("russia-36-percent-of-imports");
    expect(accounts.flipsUnder).toEqual([]);
    expect(accounts.sentence).toBeUndefined();
  });

  it("under a partner's count, shares are that partner's figure over Kazakhstan's own total, and other partners stay Kazakhstan's", () => {
    const china = claimVerdict(byId("twice-russias-share").check, dataset(), { reporter: "china" });
    // China's imports from Kazakhstan in 2013, $16,023,877,585, over Kazakhstan's exports, $82,366,549,537: 19.5%.
    expect(china.compared.map((c) => [c.display, c.reporter])).toEqual([
      ["19.5%", "China"],
      ["7.1%", "Kazakhstan"],
      ["2.7 times", "China"],
    ]);
    expect(china.compared[0]!.label).toMatch(/by China's count of the same trade, over Kazakhstan's own total/);
    expect(china.compared[2]!.label).toBe("Ratio of the two (China's share by China's count, over Russia's by Kazakhstan's)");
  });

  it("a prediction about 2023 cannot be checked under a partner's count: no figures from China or Russia after 2020", () => {
    const accounts = accountsOf("import-gap-to-narrow");
    expect(accounts.accounts.map((a) => [a.reporter, a.result.verdict, a.note])).toEqual([
      ["kazakhstan", "supported", undefined],
      ["russia", "not verifiable with these data", "no figures from Russia after 2020"],
      ["china", "not verifiable with these data", "no figures from China after 2020"],
    ]);
    expect(accounts.flipsUnder).toEqual([]);
  });

  it("leaves claims about neither partner alone", () => {
    expect(claimAccounts(byId("exports-84-billion").check, dataset())).toBeUndefined();
    expect(claimAccounts(byId("growth-2013").check, dataset())).toBeUndefined();
    expect(claimAccounts(byId("xinxiang-train").check, dataset())).toBeUndefined();
  });

  it("computes the partner's verdict from the partner's figures: revise China's 2017 exports and the flip goes", () => {
    const data = dataset();
    const revised: Dataset = {
      ...data,
      trade: data.trade.map((r) =>
        r.series === "imf-dots-china" && r.flow === "export" && r.year === 2017 ? { ...r, value_usd: 6e9 } : r,
      ),
    };
    expect(summary("trade-in-kazakhstans-favour", revised)[1]).toEqual(["china", "supported", ["$6.3bn", "$6.0bn"]]);
    expect(accountsOf("trade-in-kazakhstans-favour", revised).flipsUnder).toEqual([]);
  });

  it("leaves the headline verdict as it was: the ledger's verdicts of release 0.1.0 do not change", () => {
    expect(claimVerdict(byId("trade-in-kazakhstans-favour").check, dataset()).verdict).toBe("partly supported");
    expect(claimVerdict(byId("one-fifth-of-exports-to-china").check, dataset()).verdict).toBe("partly supported");
  });
});
