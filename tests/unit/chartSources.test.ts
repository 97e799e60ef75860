import { describe, expect, it } from "vitest";
import { chartSourceList } from "../../src/charts/chartSources.ts";

describe("chartSourceList(chart): who published and who reported a chart's figures", () => {
  it("names every reporter of a publication once, on the chart and on its link-preview card", () => {
    for (const releases of [true, false]) {
      const { text } = chartSourceList("partner-shares", { releases });
      expect(text).toMatch(/^IMF Direction of Trade Statistics.*, as reported by Kazakhstan, China and Russia; /);
      expect(text.match(/IMF Direction of Trade Statistics/g)).toHaveLength(1);
    }
  });

  it("leaves the releases out where room is short, and names no reporter the publication's name already says", () => {
    expect(chartSourceList("partner-shares", { releases: false }).text).not.toMatch(/\(/);
    expect(chartSourceList("gdp-growth").text).not.toMatch(/World Development Indicators[^;]*as reported by World Bank/);
    // "Reuters reports of an IMF estimate and an EBRD forecast" already says who: not "…, as reported by IMF staff
    // and the EBRD, as quoted by Reuters" (twelfth fact-check, L1).
    expect(chartSourceList("gdp-growth").text).toContain(
      "Reuters reports of an IMF estimate and an EBRD forecast (9 December 2014 and 14 May 2015)",
    );
    expect(chartSourceList("gdp-growth").text.match(/Reuters/g)).toHaveLength(1);
  });
});

describe("chartSourceList(chart, { edition }): the same sources in a translated edition's words", () => {
  it("names the publications, releases and reporters from the edition's sources.yaml, joined in its language", () => {
    expect(chartSourceList("partner-shares", { edition: "ru" }).text).toMatch(
      /^Статистика направлений торговли МВФ \(выпуск начала 2022\sгода\), по данным Казахстана, Китая и России; Бюро национальной статистики Казахстана \(/,
    );
    expect(chartSourceList("trade-turnover", { releases: false, edition: "kk" }).text).toBe(
      "ХВҚ Сауда бағыттары статистикасы, Қазақстан, Қытай және Ресей деректері бойынша; Қазақстанның Ұлттық статистика бюросы",
    );
  });

  it("names the same reporters as the English, and no English word, for every chart", () => {
    for (const chart of [
      "partner-shares",
      "import-shares",
      "trade-turnover",
      "gdp-growth",
      "export-composition",
      "deals-timeline",
      "routes-map",
    ])
      for (const edition of ["ru", "kk"] as const) {
        const { text, count } = chartSourceList(chart, { edition });
        expect(count).toBe(chartSourceList(chart).count);
        expect(text.split("; ")).toHaveLength(chartSourceList(chart).text.split("; ").length);
        expect(
          text.replace(/«[^»]*»|“[^”]*”|China Bystander|Vestnik Kavkaza|Eurasianet|Natural Earth|GeoNames|Reuters|cities\.json/g, ""),
        ).not.toMatch(/\b(as reported by|and|the|of|release|figures)\b/);
      }
  });
});
