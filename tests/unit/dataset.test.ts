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
      expect(source).toMatchObject({ publisher: expect.any(String), vintage: expect.any(String), licence: expect.any(String), reporter: expect.any(String) });
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
