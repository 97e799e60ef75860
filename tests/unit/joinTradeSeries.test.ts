import { describe, expect, it } from "vitest";
import { dataset } from "../../src/data/dataset.ts";
import { joinTradeSeries } from "../../src/data/joinTradeSeries.ts";
import type { TradeRow } from "../../src/data/schema.ts";

const row = (year: number, series: TradeRow["series"], value_usd: number): TradeRow => ({
  year,
  reporter: series === "imf-dots-china" ? "china" : "kazakhstan",
  partner: series === "imf-dots-china" ? "kazakhstan" : "china",
  flow: "export",
  value_usd,
  share_pct: 10,
  basis: "reported",
  series,
});

describe("joinTradeSeries(rows)", () => {
  it("takes the IMF for every year it covers and the Bureau only after the IMF's last year", () => {
    const joined = joinTradeSeries([
      row(2019, "imf-dots", 1),
      row(2020, "imf-dots", 2),
      row(2019, "bns", 3),
      row(2020, "bns", 4),
      row(2021, "bns", 5),
    ]);
    expect(joined.map((r) => [r.year, r.series, r.value_usd])).toEqual([
      [2019, "imf-dots", 1],
      [2020, "imf-dots", 2],
      [2021, "bns", 5],
    ]);
  });

  it("leaves China's mirror figures out of the Kazakhstan-reported series", () => {
    expect(joinTradeSeries([row(2013, "imf-dots", 1), row(2013, "imf-dots-china", 9)])).toHaveLength(1);
  });

  const joined = joinTradeSeries(dataset().trade);

  it("gives one row per year, partner and flow, 1995 to 2023, with no gap", () => {
    for (const partner of ["world", "china", "russia", "eu27", "rest-of-world"]) {
      for (const flow of ["export", "import"]) {
        const years = joined.filter((r) => r.partner === partner && r.flow === flow).map((r) => r.year);
        expect(years, `${partner} ${flow}`).toEqual(Array.from({ length: 29 }, (_, i) => 1995 + i));
      }
    }
  });

  it("switches publisher once, after 2020", () => {
    expect(new Set(joined.filter((r) => r.year <= 2020).map((r) => r.series))).toEqual(new Set(["imf-dots"]));
    expect(new Set(joined.filter((r) => r.year > 2020).map((r) => r.series))).toEqual(new Set(["bns"]));
  });

  it("joins series that agree within 5% on Kazakhstan's totals in the overlap years 2018-2020", () => {
    const { trade } = dataset();
    for (const year of [2018, 2019, 2020]) {
      for (const flow of ["export", "import"] as const) {
        const total = (series: string) =>
          trade.find((r) => r.year === year && r.flow === flow && r.partner === "world" && r.series === series)!.value_usd;
        expect(Math.abs(total("bns") / total("imf-dots") - 1), `${year} ${flow}`).toBeLessThan(0.05);
      }
    }
  });
});
