import { describe, expect, it } from "vitest";
import { exportCompositionChart, fuelPeak, isolatedDips } from "../../src/charts/export-composition/draw.ts";
import { exportCompositionStates, type ExportCompositionStateId } from "../../src/charts/export-composition/states.ts";
import { exportCompositionTables } from "../../src/charts/export-composition/tables.ts";
import { dataset } from "../../src/data/dataset.ts";
import { exportComposition, type ExportCompositionData } from "../../src/charts/export-composition/data.ts";
import { desktop, expectInside, expectStableKeys, keysOf, markOf, phone, pointCount, textOf } from "./chartTestHelpers.ts";

const data = exportComposition(dataset());
const states = Object.keys(exportCompositionStates) as ExportCompositionStateId[];

/** The real data with one year knocked out of the fuel series, to check gaps stay gaps. */
const withGap: ExportCompositionData = {
  ...data,
  series: { ...data.series, fuel: data.series.fuel.map((p) => (p.year === 2005 ? { ...p, sharePct: null } : p)) },
};

describe("exportComposition(dataset)", () => {
  it("has one point a year, 1995-2024, for each group, as the World Bank publishes it", () => {
    expect(data.series.fuel.map((p) => p.year)).toEqual(Array.from({ length: 30 }, (_, i) => 1995 + i));
    expect(data.series.fuel.find((p) => p.year === 2014)!.sharePct).toBe(76.39);
    expect(data.series["ores-metals"].find((p) => p.year === 2000)!.sharePct).toBe(2.21);
  });
});

describe("exportCompositionChart(data, state, size)", () => {
  it("draws both lines through all 30 years in every state", () => {
    for (const state of states) {
      const model = exportCompositionChart(data, state, desktop);
      expect(pointCount(markOf(model, "line-fuel")), state).toBe(30);
      expect(pointCount(markOf(model, "line-ores-metals")), state).toBe(30);
    }
    expectStableKeys(states.map((s) => exportCompositionChart(data, s, desktop)));
  });

  it("breaks a line where a year has no figure, rather than bridging it", () => {
    const d = String(markOf(exportCompositionChart(withGap, "long-view", desktop), "line-fuel")!.attrs.d);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/[ML]/g)).toHaveLength(29);
  });

  it("finds fuel's peak and the one-year dip it labels as published", () => {
    expect(fuelPeak(data)).toEqual({ year: 2014, sharePct: 76.39 });
    expect(isolatedDips(data.series["ores-metals"]).map((p) => p.year)).toEqual([2000]);
    expect(textOf(exportCompositionChart(data, "long-view", desktop), "dip-note-2000")).toBe("2000: 2.2% as published");
  });

  it.each([
    ["long-view", {}],
    ["oil-peak", { "focus-year": "2014", "value-fuel": "76.4%", "value-ores-metals": "9.0%" }],
    ["latest", { "focus-year": "2024", "value-fuel": "56.7%", "value-ores-metals": "15.5%" }],
  ] as const)("state %s marks its year with the figures", (state, values) => {
    const model = exportCompositionChart(data, state, desktop);
    for (const [key, value] of Object.entries(values)) expect(textOf(model, key), key).toBe(value);
    if (Object.keys(values).length === 0) expect(keysOf(model)).not.toContain("focus-rule");
  });

  it("describes each state in words with its figures", () => {
    expect(exportCompositionChart(data, "long-view", desktop).summary).toMatch(
      /Fuel went from 25\.0% in 1995 to a peak of 76\.4% in 2014 and 56\.7% in 2024; ores and metals from 24\.1% to 15\.5%\./,
    );
    expect(exportCompositionChart(data, "oil-peak", desktop).summary).toMatch(
      /peaked in 2014 at 76\.4%, against 76\.3% a year earlier and 67\.7% a year later; ores and metals were 9\.0%\./,
    );
    expect(exportCompositionChart(data, "latest", desktop).summary).toMatch(/In 2024: fuel 56\.7%, ores and metals 15\.5%\.$/);
  });

  it.each(states)("keeps every mark of %s inside the drawing area at 640x440 and 360x360", (state) => {
    for (const size of [desktop, phone]) expectInside(exportCompositionChart(data, state, size), size, `${state} ${size.width}`);
  });
});

describe("exportCompositionTables(data)", () => {
  it("tabulates both shares by year and names a missing year", () => {
    const [table] = exportCompositionTables(withGap);
    expect(table!.rows).toHaveLength(30);
    expect(table!.rows.find((r) => r[0] === 2005)).toEqual([2005, "no figure", "14.01"]);
    // Two decimals throughout, as published: 76.30 is not printed as 76.3 beside 76.39 (audit 23).
    const [full] = exportCompositionTables(exportComposition(dataset()));
    expect(full!.rows.find((r) => r[0] === 2013)?.[1]).toBe("76.30");
  });
});

describe("the export-composition CSV", () => {
  it("notes, in every edition, the one-year dip the chart labels as published, and no other row", async () => {
    const { chartById } = await import("../../src/charts/chartDefinitions.ts");
    const notes = { en: "as published", ru: "как опубликовано", kk: "жарияланған күйінде" } as const;
    for (const code of ["en", "ru", "kk"] as const) {
      const lines = chartById("export-composition").csv(undefined, code).trim().split(/\r?\n/).slice(1);
      const noted = lines.filter((l) => l.includes(notes[code]));
      expect(noted, code).toHaveLength(1);
      expect(noted[0], code).toMatch(/^2000,ores-metals-export-share,.*,2\.21,/);
    }
  });
});
