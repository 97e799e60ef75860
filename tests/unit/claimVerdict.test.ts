import { describe, expect, it } from "vitest";
import { claimVerdict, type Verdict } from "../../src/claims/claimVerdict.ts";
import { claims } from "../../src/claims/loadClaims.ts";
import { dataset, type Dataset } from "../../src/data/dataset.ts";

const byId = (id: string) => {
  const claim = claims().find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
};

/** A copy of the dataset with one trade value changed, as a data revision would change it. */
function withTrade(change: (row: Dataset["trade"][number]) => Partial<Dataset["trade"][number]> | undefined): Dataset {
  const data = dataset();
  return { ...data, trade: data.trade.map((row) => ({ ...row, ...change(row) })) };
}

describe("claimVerdict(check, dataset)", () => {
  it.each([
    ["growth-2014-estimate", "supported", ["4.2%"]],
    ["growth-2013", "supported", ["6.0%"]],
    ["one-fifth-of-exports-to-china", "partly supported", ["17.2%"]],
    ["exports-84-billion", "supported", ["$82.4bn"]],
    ["twice-russias-share", "partly supported", ["17.2%", "7.1%", "2.4 times"]],
    ["russia-36-percent-of-imports", "supported", ["36.6%"]],
    ["imports-44-billion", "partly supported", ["$49.1bn"]],
    ["china-18-percent-of-imports", "partly supported", ["16.7%"]],
    ["import-gap-to-narrow", "supported", ["36.6%", "16.7%", "27.9%", "25.5%"]],
    ["trade-2017-10-5-billion", "supported", ["$5.8bn", "$4.7bn", "$10.5bn"]],
    ["exports-to-china-5-8-billion", "supported", ["$5.8bn"]],
    ["exports-rise-37-percent", "supported", ["$4.2bn", "$5.8bn", "+36.5%"]],
    ["trade-in-kazakhstans-favour", "partly supported", ["$5.8bn", "$4.7bn", "$6.3bn", "$11.7bn"]],
    ["forty-billion-in-four-months", "not verifiable with these data", []],
  ] as [string, Verdict, string[]][])("%s is %s, shown with %j", (id, verdict, shown) => {
    const result = claimVerdict(byId(id).check, dataset());
    expect(result.verdict).toBe(verdict);
    expect(result.compared.map((c) => c.display)).toEqual(shown);
  });

  it("names who reported every compared figure", () => {
    for (const claim of claims()) {
      for (const compared of claimVerdict(claim.check, dataset()).compared) {
        expect(compared.reporter, claim.id).not.toBe("");
        expect(compared.series, claim.id).not.toBe("");
      }
    }
  });

  // A data revision that moves a figure must move the verdict: the verdicts are computed, not typed.
  it.each([
    ["russia-36-percent-of-imports", { partner: "russia", flow: "import", year: 2013 }, { share_pct: 30 }, "contradicted"],
    ["one-fifth-of-exports-to-china", { partner: "china", flow: "export", year: 2013 }, { share_pct: 19.6 }, "supported"],
    ["exports-to-china-5-8-billion", { partner: "china", flow: "export", year: 2017 }, { value_usd: 4e9 }, "contradicted"],
    ["import-gap-to-narrow", { partner: "china", flow: "import", year: 2023 }, { share_pct: 5 }, "contradicted"],
  ] as const)("%s flips when %j becomes %j", (id, where, change, verdict) => {
    const revised = withTrade((row) =>
      row.reporter === "kazakhstan" && row.partner === where.partner && row.flow === where.flow && row.year === where.year
        ? change
        : undefined,
    );
    expect(claimVerdict(byId(id).check, revised).verdict).toBe(verdict);
  });

  it("says a claim is not verifiable when its data are missing, rather than guessing", () => {
    const gap = withTrade(() => undefined);
    gap.trade = gap.trade.filter((r) => r.year !== 2013);
    expect(claimVerdict(byId("russia-36-percent-of-imports").check, gap).verdict).toBe("not verifiable with these data");
  });
});

describe("the claims ledger", () => {
  it("covers both articles with unique ids", () => {
    const all = claims();
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(all.filter((c) => c.article === "2015").length).toBeGreaterThanOrEqual(10);
    expect(all.filter((c) => c.article === "2018").length).toBeGreaterThanOrEqual(8);
  });
});
