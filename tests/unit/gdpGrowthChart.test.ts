import { describe, expect, it } from "vitest";
import { gdpGrowthChart, reportedBy } from "../../src/charts/gdp-growth/draw.ts";
import { gdpGrowthStates, type GdpGrowthStateId } from "../../src/charts/gdp-growth/states.ts";
import { gdpGrowthTables } from "../../src/charts/gdp-growth/tables.ts";
import { dataset } from "../../src/data/dataset.ts";
import { gdpGrowth } from "../../src/charts/gdp-growth/data.ts";
import { desktop, expectInside, expectStableKeys, keysOf, markOf, phone, pointCount, textOf } from "./chartTestHelpers.ts";

const data = gdpGrowth(dataset());
const states = Object.keys(gdpGrowthStates) as GdpGrowthStateId[];

describe("gdpGrowth(dataset)", () => {
  it("keeps both publishers' figures from 2000 to 2024, as published", () => {
    expect(data.worldBank.map((p) => p.year)).toEqual(Array.from({ length: 25 }, (_, i) => 2000 + i));
    expect(data.imf).toHaveLength(25);
    expect(data.worldBank.find((p) => p.year === 2015)!.growthPct).toBe(1.2);
    expect(data.imf.find((p) => p.year === 2015)!.growthPct).toBe(1);
  });

  it("carries the two figures quoted at the time, with who made them and when", () => {
    expect(data.claims).toEqual([
      {
        year: 2014,
        kind: "estimate",
        made_by: "IMF",
        made_on: "2014-12",
        reported_source: "IMF mission via Reuters 2014-12-09",
        growthPct: 4.3,
      },
      { year: 2015, kind: "forecast", made_by: "EBRD", made_on: "2015-05", reported_source: "EBRD via Reuters 2015-05-14", growthPct: 1.5 },
    ]);
  });
});

describe("gdpGrowthChart(data, state, size)", () => {
  it("draws the World Bank line through all 25 years and an IMF dot for each, in every state", () => {
    for (const state of states) {
      const model = gdpGrowthChart(data, state, desktop);
      expect(pointCount(markOf(model, "line-wb-wdi")), state).toBe(25);
      expect(
        keysOf(model).filter((k) => k.startsWith("imf-")),
        state,
      ).toHaveLength(25);
    }
    expectStableKeys(states.map((s) => gdpGrowthChart(data, s, desktop)));
  });

  it.each([
    ["long-view", {}, ["dot-2013", "claim-2014-IMF", "claim-2015-EBRD", "claim-key"]],
    [
      "the-2014-slowdown",
      {
        "readout-wb-2013": "2013, World Bank: 6.0%",
        "readout-wb-2014": "2014, World Bank: 4.2%",
        "readout-claim-2014-IMF": "2014, IMF estimate (Dec 2014): 4.3%",
      },
      ["claim-2015-EBRD", "readout-imf-2014"],
    ],
    [
      "forecast-vs-outcome",
      {
        "readout-wb-2015": "2015, World Bank: 1.2%",
        "readout-imf-2015": "2015, IMF: 1.0%",
        "readout-claim-2015-EBRD": "2015, EBRD forecast (May 2015): 1.5%",
      },
      ["claim-2014-IMF"],
    ],
    ["now-2024", { "readout-wb-2024": "2024, World Bank: 5.0%", "readout-imf-2024": "2024, IMF: 5.0%" }, ["claim-key"]],
  ] as const)("state %s reads out its figures and draws nothing else's", (state, values, absent) => {
    const model = gdpGrowthChart(data, state, desktop);
    for (const [key, value] of Object.entries(values)) expect(textOf(model, key), key).toBe(value);
    for (const key of absent) expect(keysOf(model), key).not.toContain(key);
  });

  it("splits a quoted figure over two lines on phones", () => {
    const model = gdpGrowthChart(data, "forecast-vs-outcome", phone);
    expect(textOf(model, "readout-claim-2015-EBRD")).toBe("2015, EBRD forecast");
    expect(textOf(model, "readout-claim-2015-EBRD-2")).toBe("of May 2015: 1.5%");
  });

  it("describes each state in words with its figures and who made the forecasts", () => {
    expect(gdpGrowthChart(data, "long-view", desktop).summary).toMatch(
      /highest in 2001, at 13\.5%, and lowest in 2020, at −2\.5%; in 2024 it was 5\.0%\./,
    );
    expect(gdpGrowthChart(data, "the-2014-slowdown", desktop).summary).toMatch(
      /World Bank: 6\.0% in 2013, 4\.2% in 2014\. The IMF estimate \(Dec 2014\) for 2014 was 4\.3%, as Reuters reported on 9 December 2014/,
    );
    expect(gdpGrowthChart(data, "forecast-vs-outcome", desktop).summary).toMatch(
      /World Bank: 1\.2% in 2015; IMF: 1\.0% in 2015\. The EBRD forecast \(May 2015\) for 2015 was 1\.5%/,
    );
    expect(gdpGrowthChart(data, "now-2024", desktop).summary).toMatch(/World Bank: 5\.0% in 2024; IMF: 5\.0% in 2024\./);
  });

  it("draws a zero line, since growth goes negative", () => {
    expect(markOf(gdpGrowthChart(data, "long-view", desktop), "ygrid-0")?.attrs.class).toBe("zero-line");
  });

  it.each(states)("keeps every mark of %s inside the drawing area at 640x440 and 360x360", (state) => {
    for (const size of [desktop, phone]) expectInside(gdpGrowthChart(data, state, size), size, `${state} ${size.width}`);
  });
});

describe("gdpGrowthTables(data)", () => {
  it("tabulates both publishers by year and the quoted figures with their reporters", () => {
    const [outcomes, claims] = gdpGrowthTables(data);
    expect(outcomes!.rows.find((r) => r[0] === 2014)).toEqual([2014, "4.2", "4.3"]);
    // As published, with the decimal a whole number drops and a true minus sign, as the prose prints them.
    expect(outcomes!.rows.find((r) => r[0] === 2013)?.slice(1, 2)).toEqual(["6.0"]);
    expect(outcomes!.rows.find((r) => r[0] === 2020)?.[1]).toBe("\u22122.5");
    expect(claims!.rows).toEqual([
      [2014, "IMF", "estimate", "2014-12", "4.3", "IMF mission via Reuters 2014-12-09"],
      [2015, "EBRD", "forecast", "2015-05", "1.5", "EBRD via Reuters 2015-05-14"],
    ]);
  });
});

describe("reportedBy(source)", () => {
  it("says in words who reported a quoted figure, and when", () => {
    expect(reportedBy("EBRD via Reuters 2015-05-14")).toBe("as Reuters reported on 14 May 2015");
    expect(reportedBy("IMF mission via Reuters 2014-12-09")).toBe("as Reuters reported on 9 December 2014");
    expect(reportedBy("the Ministry of Economy")).toBe("as reported by the Ministry of Economy");
  });
});
