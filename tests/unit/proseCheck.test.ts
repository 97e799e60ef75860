import { describe, expect, it } from "vitest";
import { dataset } from "../../src/data/dataset.ts";
import { breaks } from "../../src/data/breaks.ts";
import type { Dataset } from "../../src/data/buildDataset.ts";
import { evaluateCheck, proseCheckProblem } from "../../src/claims/proseCheck.ts";

/** The dataset with one of Kazakhstan's figures changed, as a data revision would. */
function revised(change: { partner: string; flow: string; year: number; series?: string; share?: number; usd?: number }): Dataset {
  const data = dataset();
  return {
    ...data,
    trade: data.trade.map((r) =>
      r.reporter === "kazakhstan" &&
      r.partner === change.partner &&
      r.flow === change.flow &&
      r.year === change.year &&
      (change.series ?? r.series) === r.series
        ? { ...r, share_pct: change.share ?? r.share_pct, value_usd: change.usd ?? r.value_usd }
        : r,
    ),
  };
}

const problem = (claim: string, data = dataset(), sentence = "A sentence.", acrossBreak?: string) =>
  proseCheckProblem({ claim, sentence, acrossBreak }, data, breaks());

describe("proseCheckProblem(check, data, breaks)", () => {
  it.each([
    [
      "a comparison",
      "share(china, export, 2023) > share(russia, export, 2023)",
      { partner: "china", flow: "export", year: 2023, share: 5 },
    ],
    ["a trend", "share(china, import, 2023) > share(china, import, 2021)", { partner: "china", flow: "import", year: 2023, share: 19 }],
    [
      "an agreement statement",
      "all(y in 2019..2020: abs(usd(china, export, y, bns) / usd(china, export, y, imf-dots) - 1) < 0.05)",
      { partner: "china", flow: "export", year: 2020, series: "bns", usd: 10_500_000_000 },
    ],
  ])("%s holds on the dataset and fails when one value changes", (_kind, claim, change) => {
    expect(problem(claim)).toBeUndefined();
    expect(problem(claim, revised(change))).toMatch(/no longer bear out this sentence/);
  });

  it("a trend across the customs-union break is refused unless the sentence names it and declares it", () => {
    const claim = "share(russia, import, 2010) < share(russia, import, 2009)";
    expect(problem(claim)).toMatch(/across the break “customs-union”/);
    expect(problem(claim, dataset(), "Russia's share fell in 2010.", "customs-union")).toMatch(/does not name the break/);
    expect(
      problem(claim, dataset(), "Recorded imports from Russia fell when the customs union ended border recording.", "customs-union"),
    ).toBeUndefined();
  });

  it("Russia's own count of its trade with Kazakhstan is inside the customs-union break too; China's is not", () => {
    expect(problem("russiaTurnover(2011) > russiaTurnover(2009)")).toMatch(/across the break “customs-union”/);
    expect(problem("chinaTurnover(2010) > russiaTurnover(2010)")).toMatch(/across the break “customs-union”/);
    expect(problem("chinaTurnover(2011) > chinaTurnover(2009)")).toBeUndefined();
    expect(problem("russiaTurnover(2013) != russiaTurnover(2012)")).toBeUndefined();
  });

  it("a trend across the break that a data change makes false fails, even when declared", () => {
    const claim = "share(russia, import, 2010) < share(russia, import, 2009)";
    const sentence = "With the customs union, recorded imports from Russia fell.";
    expect(problem(claim, dataset(), sentence, "customs-union")).toBeUndefined();
    expect(problem(claim, revised({ partner: "russia", flow: "import", year: 2010, share: 40 }), sentence, "customs-union")).toMatch(
      /is false/,
    );
  });

  it("a comparison spanning the change of source in 2021 is refused; years on one side pass", () => {
    expect(problem("share(china, import, 2023) > share(china, import, 2013)")).toMatch(/series-switch/);
    expect(problem("share(china, import, 2023) > share(china, import, 2021)")).toBeUndefined();
    expect(problem("growth(2015) < growth(2014)")).toBeUndefined();
  });

  it("names a mistake in the check itself", () => {
    expect(problem("share(china, export, 2099) > 1")).toMatch(/cannot be evaluated: no figure/);
    expect(problem("share(china, export, 2013)")).toMatch(/is a number, not a test/);
    expect(problem("shares(china, export, 2013) > 1")).toMatch(/no function shares/);
    expect(problem("russia(export, 2021) > 1")).toMatch(/cannot be evaluated: no figure .*Russia's figures end in 2020/);
  });
});

describe("evaluateCheck(expression, data, breaks)", () => {
  it.each([
    ["maxYear(y in 1995..2024: exportShare(fuel, y)) == 2014", true],
    ["round(share(china, export, 2013), 1) == 17.2", true],
    ["chinaTurnover(2018) / turnover(china, 2018) > chinaTurnover(2020) / turnover(china, 2020)", true],
    ["any(y in 2011..2022: turnover(china, y) > turnover(russia, y))", true],
    ["not (growth(2020) > 0) and growth(2020, imf-weo) < 0", true],
    // Russia's own figures (reference file: exports to Kazakhstan $8,786,641,352 in 2009, $10,243,019,624 in 2010).
    ["russia(export, 2009) == 8786641352 and russia(export, 2010) == 10243019624", true],
    ["russiaTurnover(2017) == 12071858687 + 4854668918", true],
  ])("%s is %s", (expression, expected) => {
    expect(evaluateCheck(expression, dataset(), breaks()).holds).toBe(expected);
  });
});
