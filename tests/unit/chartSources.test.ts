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
  });
});
