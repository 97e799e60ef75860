import { describe, expect, it } from "vitest";
import { breaks } from "../../src/data/breaks.ts";
import { parseBreaks } from "../../src/data/breakSchema.ts";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { sharesRowsFor } from "../../src/charts/partner-shares/words.ts";
import { partnerSharesStates, type PartnerSharesStateId } from "../../src/charts/partner-shares/states.ts";
import { tradeTurnoverRows } from "../../src/charts/trade-turnover/words.ts";
import { gdpGrowthRows } from "../../src/charts/gdp-growth/data.ts";
import { partnerSharesChart } from "../../src/charts/partner-shares/draw.ts";
import { tradeTurnoverChart } from "../../src/charts/trade-turnover/draw.ts";
import { gdpGrowthChart } from "../../src/charts/gdp-growth/draw.ts";
import { desktop, keysOf, markOf, phone } from "./chartTestHelpers.ts";

describe("breaks() from content/data/breaks.yaml", () => {
  it("records the customs union of 2010-2011 and the switch from the IMF to the Bureau in 2021, each with a source", () => {
    const byId = new Map(breaks().map((b) => [b.id, b]));
    expect(byId.get("customs-union")).toMatchObject({ kind: "recording-change", from: 2010, to: 2011 });
    // Both sides changed how they count their mutual trade: Kazakhstan's figures and Russia's own.
    expect(byId.get("customs-union")?.affects?.map((a) => a.reporter)).toEqual(["kazakhstan", "russia"]);
    expect(byId.get("series-switch")).toMatchObject({ kind: "series-switch", from: 2020, to: 2021 });
    for (const id of ["tenge-2014", "pandemic-2020", "war-2022"]) expect(byId.get(id)?.kind, id).toBe("event");
    for (const b of breaks())
      expect(
        b.sources.every((s) => s.publisher.length > 0),
        b.id,
      ).toBe(true);
  });

  it.each([
    [
      "a break without a cause",
      "- { id: x, kind: recording-change, names: [x y z], label: X, title: X, affects: [{ reporter: kazakhstan, partners: [russia] }], from: 2010, to: 2011, what: w, sources: [{ publisher: p, title: t }] }",
      /entry 1 \(x\), field "kind": a break needs/,
    ],
    [
      "an entry without a source",
      "- { id: x, kind: event, label: X, title: X, from: 2010, to: 2010, what: w, sources: [] }",
      /entry 1 \(x\), field "sources"/,
    ],
    [
      "years the wrong way round",
      "- { id: x, kind: event, label: X, title: X, from: 2012, to: 2010, what: w, sources: [{ publisher: p, title: t }] }",
      /field "to": to must not be before from/,
    ],
  ])("parseBreaks rejects %s, naming the entry", (_what, yaml, message) => {
    expect(() => parseBreaks(yaml)).toThrow(message);
  });
});

describe("every chart whose years include a break draws it, says it and tabulates it", () => {
  const shares = sharesRowsFor(Object.keys(partnerSharesStates) as PartnerSharesStateId[])();
  const turnover = tradeTurnoverRows();

  it.each([
    ["partner-shares", () => partnerSharesChart(shares, "long-view", desktop)],
    ["import-shares", () => partnerSharesChart(shares, "imports-long-view", phone)],
    ["trade-turnover", () => tradeTurnoverChart(turnover, "long-view", desktop)],
  ])("%s shades the customs-union years and labels the band", (_chart, draw) => {
    const model = draw();
    const band = markOf(model, "break-customs-union");
    expect(band?.tag).toBe("rect");
    expect(Number(band!.attrs.width)).toBeGreaterThan(0);
    expect(markOf(model, "break-customs-union-label")?.text).toBe("Customs union");
    expect(model.summary).toMatch(/Marked on the chart: Customs union with Russia and Belarus: [^;]* \(2010-2011\);/);
    expect(model.summary).toMatch(/Change of source: [^;]* \(2020-2021\)/);
  });

  it("the gdp-growth chart marks the context events, labelled where there is room, named in its words either way", () => {
    const wide = gdpGrowthChart(gdpGrowthRows(), "the-2014-slowdown", desktop);
    const narrow = gdpGrowthChart(gdpGrowthRows(), "the-2014-slowdown", phone);
    for (const id of ["tenge-2014", "tenge-float-2015", "pandemic-2020", "war-2022"]) {
      expect(keysOf(wide), id).toContain(`event-${id}`);
      expect(keysOf(wide), id).toContain(`event-${id}-label`);
      expect(keysOf(narrow), id).toContain(`event-${id}`);
      expect(keysOf(narrow), id).not.toContain(`event-${id}-label`);
    }
    expect(narrow.summary).toMatch(
      /The COVID-19 pandemic \(2020\); Russia's full-scale invasion of Ukraine, and the sanctions that followed \(2022\)\./,
    );
  });

  it.each(["partner-shares", "import-shares", "trade-turnover", "gdp-growth"] as const)(
    "%s: its table and CSV name the breaks",
    (chart) => {
      const entry = chartDefinitions[chart]!;
      const tables = entry.tables();
      const csv = entry.csv();
      const breaksTable = tables.find((t) => t.caption.startsWith("Breaks in these series"));
      expect(breaksTable, chart).toBeDefined();
      if (chart !== "gdp-growth") {
        expect(breaksTable!.rows.map((r) => r[0])).toContain("2010-2011");
        expect(csv).toMatch(/2010-2011/);
        expect(csv).toMatch(/Customs union with Russia and Belarus/);
      } else {
        expect(csv).toMatch(/COVID-19/);
      }
    },
  );
});
