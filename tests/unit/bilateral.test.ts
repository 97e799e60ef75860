import { describe, expect, it } from "vitest";
import { bilateral, mirrorLastYear, type BilateralQuery } from "../../src/data/bilateral.ts";
import { dataset } from "../../src/data/dataset.ts";

/**
 * Expected values are copied by hand from the reference files in reference-data/: the partner's own
 * figures from mirror_partner_reported_trade_with_kz_imf_dots_1992_2020.csv, Kazakhstan's from
 * kz_trade_by_partner_imf_dots_1992_2020.csv (to 2020) and kz_trade_by_partner_bns_2018_2023.csv (after).
 */
describe("bilateral(dataset, {reporter, partner, flow, year})", () => {
  it.each([
    // Kazakhstan's own figures, under the join rule, with the share as published.
    [{ reporter: "kazakhstan", partner: "china", flow: "export", year: 2017 }, 5773390980, 11.94, "imf-dots", "export"],
    [{ reporter: "kazakhstan", partner: "russia", flow: "import", year: 2013 }, 17971764465, 36.62, "imf-dots", "import"],
    [{ reporter: "kazakhstan", partner: "china", flow: "import", year: 2021 }, 8228456853, 19.87, "bns", "import"],
    // China's count: its imports from Kazakhstan are Kazakhstan's exports to China (1995-2020).
    [
      { reporter: "china", partner: "china", flow: "export", year: 2017 },
      6341354554,
      (6341354554 / 48348332338) * 100,
      "imf-dots-china",
      "import",
    ],
    [
      { reporter: "china", partner: "china", flow: "import", year: 2017 },
      11651494503,
      (11651494503 / 29139332277) * 100,
      "imf-dots-china",
      "export",
    ],
    // Russia's count: its exports to Kazakhstan are Kazakhstan's imports from Russia.
    [
      { reporter: "russia", partner: "russia", flow: "import", year: 2010 },
      10243019624,
      (10243019624 / 23660457690) * 100,
      "imf-dots-russia",
      "export",
    ],
    [
      { reporter: "russia", partner: "russia", flow: "export", year: 2013 },
      5886712820,
      (5886712820 / 82366549537) * 100,
      "imf-dots-russia",
      "import",
    ],
    [
      { reporter: "russia", partner: "russia", flow: "export", year: 1995 },
      2741900000,
      (2741900000 / 5256600000) * 100,
      "imf-dots-russia",
      "import",
    ],
  ] as [BilateralQuery, number, number, string, string][])("%o", (query, valueUsd, share, series, reportedFlow) => {
    const figure = bilateral(dataset(), query);
    expect(figure).toBeDefined();
    expect(figure!.valueUsd).toBe(valueUsd);
    expect(figure!.shareOfKazakhstanTotal).toBeCloseTo(share, 10);
    expect(figure!.series).toBe(series);
    expect(figure!.reportedFlow).toBe(reportedFlow);
    expect(figure!.flow).toBe(query.flow);
  });

  it("returns nothing for a partner's count after 2020, where it publishes none: no figure is filled in", () => {
    expect(bilateral(dataset(), { reporter: "china", partner: "china", flow: "export", year: 2021 })).toBeUndefined();
    expect(bilateral(dataset(), { reporter: "russia", partner: "russia", flow: "import", year: 2023 })).toBeUndefined();
    expect(bilateral(dataset(), { reporter: "kazakhstan", partner: "russia", flow: "import", year: 2023 })).toBeDefined();
  });

  it("returns nothing for a year outside the dataset", () => {
    expect(bilateral(dataset(), { reporter: "russia", partner: "russia", flow: "import", year: 1994 })).toBeUndefined();
  });
});

describe("mirrorLastYear(dataset, partner)", () => {
  it("is 2020 for both partners, and every year from 1995 to it is there for both flows", () => {
    for (const partner of ["china", "russia"] as const) {
      expect(mirrorLastYear(dataset(), partner)).toBe(2020);
      for (let year = 1995; year <= 2020; year++)
        for (const flow of ["export", "import"] as const)
          expect(bilateral(dataset(), { reporter: partner, partner, flow, year }), `${partner} ${flow} ${year}`).toBeDefined();
    }
  });
});
