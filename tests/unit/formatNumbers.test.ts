import { describe, expect, it } from "vitest";
import { formatShareIn, formatUsdIn, longDateIn } from "../../src/i18n/formatNumbers.ts";
import { formatShare } from "../../src/lib/formatShare.ts";
import { formatUsd } from "../../src/lib/formatUsd.ts";
import { longDate } from "../../src/citation/release.ts";

const NBSP = "\u00a0";

describe("figures and dates per edition", () => {
  it.each([17.2, 7.13, 14.45, 0.91, -0.35, 100])("English shares are exactly what formatShare prints (%d)", (pct) =>
    expect(formatShareIn(pct, "en")).toBe(formatShare(pct)),
  );
  it.each([14168492066, 16023877585, 363e6, 999.6e6])("English dollars are exactly what formatUsd prints (%d)", (usd) =>
    expect(formatUsdIn(usd, "en")).toBe(formatUsd(usd)),
  );
  it("English dates are exactly the footer's", () => expect(longDateIn("2026-12-02", "en")).toBe(longDate("2026-12-02")));

  it.each([
    [17.2, "ru", `17,2${NBSP}%`],
    [14.45, "ru", `14,5${NBSP}%`],
    [0.91, "ru", `0,9${NBSP}%`],
    [17.2, "kk", "17,2%"],
    [14.45, "kk", "14,5%"],
  ] as const)("formatShareIn(%d, %s) is %s", (pct, edition, text) => expect(formatShareIn(pct, edition)).toBe(text));

  it("writes a negative share with the edition's minus sign and the same rounding", () => {
    expect(formatShareIn(-0.35, "ru")).toMatch(/^[-\u2212]0,4\u00a0%$/);
  });

  it.each([
    [14168492066, "ru", `14,2${NBSP}млрд долл.`],
    [16023877585, "ru", `16,0${NBSP}млрд долл.`],
    [363e6, "ru", `363${NBSP}млн долл.`],
    [14168492066, "kk", `14,2${NBSP}млрд доллар`],
    [363e6, "kk", `363${NBSP}млн доллар`],
  ] as const)("formatUsdIn(%d, %s) is %s", (usd, edition, text) => expect(formatUsdIn(usd, edition)).toBe(text));

  it("names the month in Russian (genitive) and Kazakh", () => {
    expect(longDateIn("2026-12-02", "ru")).toBe("2 декабря 2026 г.");
    expect(longDateIn("2015-04-01", "kk")).toMatch(/сәуір/);
    expect(longDateIn("2026-12-02", "kk")).toMatch(/желтоқсан/);
    expect(longDateIn("2026-12-02", "kk")).toContain("2026");
  });
});

describe("the data tags in each edition", async () => {
  const { proseFigure } = await import("../../src/data/proseFigures.ts");
  const { dataset } = await import("../../src/data/dataset.ts");
  it("print the same figure, in the edition's format, with the same value and id", () => {
    const props = { partner: "china", flow: "export", year: 2015 };
    const en = proseFigure("Share", props, dataset(), "en");
    const ru = proseFigure("Share", props, dataset(), "ru");
    expect(ru.id).toBe(en.id);
    expect(ru.value).toBe(en.value);
    expect(ru.display).toBe(en.display.replace(".", ",").replace("%", `${NBSP}%`));
    const usd = proseFigure("Turnover", { partner: "china", year: 2017 }, dataset(), "kk");
    expect(usd.display).toBe(
      `${proseFigure("Turnover", { partner: "china", year: 2017 }).display.replace("$", "").replace(".", ",").replace("bn", "")}${NBSP}млрд доллар`,
    );
    expect(proseFigure("Growth", { year: 2015 }, dataset(), "ru").display).toMatch(/^-?\d+,\d\u00a0%$/);
  });
});
