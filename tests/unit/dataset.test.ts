import { describe, expect, it } from "vitest";
import { dataset } from "../../src/data/dataset.ts";

describe("dataset()", () => {
  const { trade, gdp, sources } = dataset();

  it("loads the curated files through their schemas", () => {
    expect(trade.length).toBeGreaterThan(300);
    expect(gdp.length).toBeGreaterThan(50);
  });

  it("describes every series with publisher, vintage, licence and reporter", () => {
    const used = new Set([...trade, ...gdp].map((r) => r.series));
    for (const id of used) {
      const source = sources.find((s) => s.id === id);
      expect(source, id).toBeDefined();
      expect(source).toMatchObject({
        publisher: expect.any(String),
        vintage: expect.any(String),
        licence: expect.any(String),
        reporter: expect.any(String),
      });
    }
  });

  it("keeps the published 2013 figures the story quotes, unrounded", () => {
    const find = (partner: string, flow: string) =>
      trade.find((r) => r.year === 2013 && r.series === "imf-dots" && r.partner === partner && r.flow === flow);
    expect(find("china", "export")).toMatchObject({ value_usd: 14168492066, share_pct: 17.2 });
    expect(find("russia", "export")).toMatchObject({ share_pct: 7.13 });
    expect(find("russia", "import")).toMatchObject({ share_pct: 36.62 });
    expect(find("china", "import")).toMatchObject({ share_pct: 16.69 });
  });

  it("leaves gaps as gaps: no trade row beyond 2023 and none invented for 2024", () => {
    expect(Math.max(...trade.map((r) => r.year))).toBe(2023);
  });
});

describe("dataset(): the files behind the newer charts", () => {
  const { exportShares, forecasts, deals, places, railRoutes, sources } = dataset();
  const sourceIds = new Set(sources.map((s) => s.id));

  it("loads export shares for 1995-2024 and the two quoted growth figures", () => {
    expect(exportShares).toHaveLength(60);
    expect(forecasts.map((f) => [f.year, f.made_by, f.growth_pct])).toEqual([
      [2014, "IMF", 4.3],
      [2015, "EBRD", 1.5],
    ]);
  });

  it("loads the articles' deals and routes and the places they name, each with a source", () => {
    expect(deals).toHaveLength(4);
    expect(railRoutes.map((r) => [r.origin, r.destination])).toEqual([
      ["lianyungang", "almaty"],
      ["xinxiang", "central-asia"],
    ]);
    expect(places.map((p) => p.id)).toEqual(["lianyungang", "almaty", "xinxiang", "alashankou-dostyk", "khorgos-altynkol"]);
    for (const id of ["wb-wdi-exports", "news-points", "article-2015", "article-2018", "geonames", "natural-earth"])
      expect(sourceIds, id).toContain(id);
  });
});
