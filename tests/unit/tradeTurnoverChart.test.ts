import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { tradeTurnoverChart } from "../../src/charts/trade-turnover/draw.ts";
import { notAnOvertaking, yearsChinaAboveRussia, yearsChinaAhead } from "../../src/charts/trade-turnover/words.ts";
import { tradeTurnoverStates, type TradeTurnoverStateId } from "../../src/charts/trade-turnover/states.ts";
import { tradeTurnoverTables } from "../../src/charts/trade-turnover/tables.ts";
import { tradeTurnoverRows } from "../../src/charts/trade-turnover/words.ts";
import { desktop, expectInside, expectStableKeys, keysOf, markOf, phone, pointCount, textOf } from "./chartTestHelpers.ts";

const data = tradeTurnoverRows();
const states = Object.keys(tradeTurnoverStates) as TradeTurnoverStateId[];
const at = (partner: string, year: number) => data.turnover.find((r) => r.partner === partner && r.year === year)!;

describe("tradeTurnover(dataset)", () => {
  it("takes Kazakhstan's published figures from the IMF to 2020 and from the Bureau after, every year 1995-2023", () => {
    expect(at("china", 2017)).toMatchObject({ series: "imf-dots" });
    expect(at("china", 2021).series).toBe("bns");
    expect(data.turnover.filter((r) => r.partner === "russia").map((r) => r.year)).toEqual(Array.from({ length: 29 }, (_, i) => 1995 + i));
  });

  it("keeps China's own figures apart, 1995-2020", () => {
    expect(data.mirror.map((r) => r.year)).toEqual(Array.from({ length: 26 }, (_, i) => 1995 + i));
  });

  it("matches the reference README's 2017 figures: $10.5bn reported by Kazakhstan, $18.0bn by China", () => {
    expect(at("china", 2017).turnoverUsd / 1e9).toBeCloseTo(10.5, 1);
    expect(data.mirror.find((r) => r.year === 2017)!.turnoverUsd / 1e9).toBeCloseTo(18.0, 1);
  });

  it("finds the years Kazakhstan reported more trade with China than with Russia", () => {
    expect(yearsChinaAboveRussia(data)).toEqual([2010, 2012, 2023]);
  });

  it("counts as an overtaking only a clear lead outside the customs-union break: 2023, not 2010 (the break) or 2012 (under 1%)", () => {
    expect(yearsChinaAhead(data)).toEqual([2023]);
    expect(notAnOvertaking(data, 2010)).toMatch(/customs union break/);
    expect(notAnOvertaking(data, 2012)).toMatch(/under 1%/);
    expect(yearsChinaAhead({ ...data, breaks: [] })).toEqual([2010, 2023]);
  });
});

describe("tradeTurnoverChart(data, state, size)", () => {
  it("draws the three lines with the same points in every state, so they move rather than redraw", () => {
    for (const state of states) {
      const model = tradeTurnoverChart(data, state, desktop);
      expect(pointCount(markOf(model, "line-china")), state).toBe(29);
      expect(pointCount(markOf(model, "line-russia")), state).toBe(29);
      expect(pointCount(markOf(model, "line-china-mirror")), state).toBe(26);
      expect(keysOf(model), state).toEqual(
        expect.arrayContaining(["label-china", "label-russia", "label-china-mirror", "gap-band", "series-break"]),
      );
    }
    expectStableKeys(states.map((s) => tradeTurnoverChart(data, s, desktop)));
  });

  it.each([
    ["long-view", {}, ["focus-rule", "gap-label", "ahead-note"]],
    [
      "gap-2017",
      { "value-china": "Kazakhstan, 2017: $10.5bn", "value-china-mirror": "China, 2017: $18.0bn", "gap-label": "Gap $7.5bn" },
      ["value-russia", "ahead-note"],
    ],
    ["china-overtakes", { "ahead-note": "China clearly ahead of Russia, by Kazakhstan's count: 2023" }, ["focus-rule", "gap-label"]],
    ["now-2023", { "value-china": "$30.1bn", "value-russia": "$27.1bn" }, ["gap-label", "value-china-mirror"]],
  ] as const)("state %s shows its figures and nothing else's", (state, values, absent) => {
    const model = tradeTurnoverChart(data, state, desktop);
    for (const [key, value] of Object.entries(values)) expect(textOf(model, key), key).toBe(value);
    for (const key of absent) expect(keysOf(model), key).not.toContain(key);
  });

  it("shades each year China was ahead, only in the china-overtakes state", () => {
    const bands = (state: TradeTurnoverStateId) =>
      keysOf(tradeTurnoverChart(data, state, desktop)).filter((k) => k.startsWith("ahead-") && k !== "ahead-note");
    expect(bands("china-overtakes")).toEqual(["ahead-2023"]);
    expect(bands("long-view")).toEqual([]);
  });

  it("describes each state in words with the figures it shows and who reported them", () => {
    expect(tradeTurnoverChart(data, "long-view", desktop).summary).toMatch(
      /as Kazakhstan reported it.*China's own figures.*In 2023: China \$30\.1bn, Russia \$27\.1bn/,
    );
    expect(tradeTurnoverChart(data, "gap-2017", desktop).summary).toMatch(
      /In 2017 Kazakhstan reported \$10\.5bn of trade with China; China reported \$18\.0bn for the same trade, \$7\.5bn more\./,
    );
    expect(tradeTurnoverChart(data, "china-overtakes", desktop).summary).toMatch(
      /clearly more trade with China than with Russia in 2023: China \$30\.1bn, Russia \$27\.1bn\. The solid China line \(Kazakhstan's count\) is also above Russia's in years that do not count as overtaking: 2010 falls in the customs union break, .*; in 2012 the two differ by under 1%\./,
    );
    expect(tradeTurnoverChart(data, "now-2023", desktop).summary).toMatch(/In 2023: China \$30\.1bn, Russia \$27\.1bn\.$/);
  });

  it("thins year labels and shortens labels on phones", () => {
    const years = (size: typeof phone) => keysOf(tradeTurnoverChart(data, "long-view", size)).filter((k) => k.startsWith("xtick-"));
    expect(years(desktop)).toEqual(["xtick-1995", "xtick-2000", "xtick-2005", "xtick-2010", "xtick-2015", "xtick-2020", "xtick-2023"]);
    expect(years(phone)).toEqual(["xtick-1995", "xtick-2010", "xtick-2023"]);
    expect(textOf(tradeTurnoverChart(data, "long-view", phone), "ytitle")).toBe("Turnover, US$ bn");
  });

  it.each(states)("keeps every mark of %s inside the drawing area at 640x440 and 360x360", (state) => {
    for (const size of [desktop, phone]) expectInside(tradeTurnoverChart(data, state, size), size, `${state} ${size.width}`);
  });
});

describe("tradeTurnoverTables(data)", () => {
  it("tabulates what the chart draws, naming the source of each year and that turnover is a sum", () => {
    const [byPartner, byReporter] = tradeTurnoverTables(data);
    expect(byPartner!.caption).toMatch(/sum of exports and imports/);
    expect(byPartner!.rows).toHaveLength(29);
    // The 2023 figures the chart prints ($30.1bn and $27.1bn), in dollars as the Bureau published them.
    expect(byPartner!.rows.at(-1)).toEqual([2023, expect.closeTo(30.1e9, -8), expect.closeTo(27.1e9, -8), "Bureau of National Statistics"]);
    expect(byReporter!.columns).toEqual(["Year", "Reported by Kazakhstan", "Reported by China", "China's figure minus Kazakhstan's"]);
    expect(byReporter!.rows).toHaveLength(26);
  });
});

describe("the turnover chart's words under a partner's figures", () => {
  // Past 2020 the partners' own counts have no figure: the words read out their last year too (audit 23).
  it.each(["china", "russia", "both"] as const)("%s: the long view reads out 2020 by the partner's own count", (reporter) => {
    const rows = chartDefinitions["trade-turnover"]!.rows("en") as { words: Record<string, Record<string, string>> };
    const words = rows.words[reporter]!["long-view"]!;
    const in2020 = words.slice(words.indexOf("In 2020:"), words.indexOf("In 2023:"));
    expect(in2020).toContain(reporter === "russia" ? "$19.1bn" : "$21.4bn");
  });
});
