import { describe, expect, it } from "vitest";
import { numerals, shareIn, usdIn } from "../../src/charts/numerals.ts";
import { formatShareIn, formatUsdIn } from "../../src/i18n/formatNumbers.ts";
import { formatShare } from "../../src/lib/formatShare.ts";
import { formatUsd } from "../../src/lib/formatUsd.ts";
import { editionCodes } from "../../src/i18n/editions.ts";

// The charts' numerals (browser side, no Intl) and the build's formatters (Intl) must write every figure alike,
// or a chart's label and the sentence beside it would disagree on the same number.
const shares = [0, 0.04, 0.05, 1.95, 14.45, 17.2, 42.51, 99.96, -0.3, -2.5, -14.45];
const dollars = [4.2e8, 9.995e8, 1e9, 1.42e10, 2.345e10, 1.2345e11];

describe("chart numerals", () => {
  it("write English exactly as the English helpers do", () => {
    for (const pct of shares) expect(shareIn(pct, numerals.en)).toBe(formatShare(pct));
    for (const usd of dollars) expect(usdIn(usd, numerals.en)).toBe(formatUsd(usd));
  });

  for (const code of editionCodes) {
    it(`write ${code} as the build's Intl formatters do`, () => {
      for (const pct of shares) expect(shareIn(pct, numerals[code])).toBe(formatShareIn(pct, code));
      for (const usd of dollars) expect(usdIn(usd, numerals[code])).toBe(formatUsdIn(usd, code));
    });
  }

  it("write a Russian share with a decimal comma and a no-break space before the sign", () => {
    expect(shareIn(17.2, numerals.ru)).toBe("17,2\u00a0%");
    expect(shareIn(10, numerals.kk, 0)).toBe("10%");
    expect(usdIn(1.42e10, numerals.kk)).toBe("14,2\u00a0млрд доллар");
  });
});
