import { describe, expect, it } from "vitest";
import { articleTotal, dealsTimelineChart } from "../../src/charts/deals-timeline/draw.ts";
import { dealsTimelineStates, type DealsTimelineStateId } from "../../src/charts/deals-timeline/states.ts";
import { dealsTimelineTables } from "../../src/charts/deals-timeline/tables.ts";
import { dataset } from "../../src/data/dataset.ts";
import { dealsTimeline } from "../../src/charts/deals-timeline/data.ts";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { desktop, expectInside, expectStableKeys, keysOf, markOf, phone, textOf } from "./chartTestHelpers.ts";

const data = dealsTimeline(dataset());
const states = Object.keys(dealsTimelineStates) as DealsTimelineStateId[];
const bars = [
  "bar-2014-12-li-keqiang-in-astana",
  "bar-2015-03-massimov-in-beijing",
  "bar-2018-02-51-ongoing-projects",
  "bar-2018-02-6-more-for-2018",
];

describe("dealsTimeline(dataset)", () => {
  it("keeps the four announcements in date order, with project counts only where the article gives them", () => {
    expect(data.deals.map((d) => [d.date, d.amountUsd, d.projects, d.article])).toEqual([
      ["2014-12", 18e9, null, "2015"],
      ["2015-03", 23.6e9, null, "2015"],
      ["2018-02", 27.7e9, 51, "2018"],
      ["2018-02", 363e6, 6, "2018"],
    ]);
    expect(data.deals[2]!.announcedBy).toBe("Zhenis Kasymbek, Kazakhstan's Minister for Investment and Development");
  });

  it("sums the 2015 article's two tranches to $41.6bn, which the article calls $40 billion", () => {
    expect(articleTotal(data, "2015")).toBe(41.6e9);
  });
});

describe("dealsTimelineChart(data, state, size)", () => {
  it("draws a bar with its figure for every announcement in every state, under the same keys", () => {
    for (const state of states) {
      const model = dealsTimelineChart(data, state, desktop);
      expect(keysOf(model), state).toEqual(expect.arrayContaining(bars));
      expect(textOf(model, "amount-2018-02-6-more-for-2018"), state).toBe("$363m");
    }
    expectStableKeys(states.map((s) => dealsTimelineChart(data, s, desktop)));
  });

  it("scales bars to the value: the $27.7bn bar is the tallest and the $363m bar barely rises", () => {
    const model = dealsTimelineChart(data, "all", desktop);
    const height = (key: string) => Number(markOf(model, key)!.attrs.height);
    expect(height(bars[2]!)).toBeGreaterThan(height(bars[1]!));
    expect(height(bars[1]!) / height(bars[0]!)).toBeCloseTo(23.6 / 18, 2);
    expect(height(bars[3]!)).toBeLessThan(5);
  });

  it.each([
    ["all", [], ["bracket", "announcer-1"]],
    ["2014-2015", [bars[2]!, bars[3]!], ["announcer-1"]],
    ["2018", [bars[0]!, bars[1]!], ["bracket"]],
  ] as const)("state %s draws the other article's bars hollow and only its own annotations", (state, hollow, absent) => {
    const model = dealsTimelineChart(data, state, desktop);
    for (const key of bars)
      expect(String(markOf(model, key)!.attrs.class).includes("hollow"), `${state} ${key}`).toBe(
        (hollow as readonly string[]).includes(key),
      );
    for (const key of absent) expect(keysOf(model), key).not.toContain(key);
  });

  it("brackets the 2015 article's deals with their sum beside the article's own words", () => {
    const model = dealsTimelineChart(data, "2014-2015", desktop);
    expect([1, 2, 3].map((k) => textOf(model, `bracket-label-${k}`))).toEqual([
      "$41.6bn together;",
      "the 2015 article says",
      "“$40 billion”",
    ]);
  });

  it("names who announced the 2018 figures", () => {
    const model = dealsTimelineChart(data, "2018", desktop);
    const words = keysOf(model)
      .filter((k) => k.startsWith("announcer-"))
      .map((k) => textOf(model, k))
      .join(" ");
    expect(words).toBe("Announced by Zhenis Kasymbek, Kazakhstan's Minister for Investment and Development");
  });

  it("says on the chart and in words that these are announcements, not statistics", () => {
    for (const state of states) {
      const model = dealsTimelineChart(data, state, desktop);
      expect(textOf(model, "note"), state).toMatch(/not statistics/);
      expect(model.summary, state).toMatch(/announced values, not statistics/);
    }
  });

  it("names sources whose source line says these are announcements, not statistics", () => {
    const { series } = chartDefinitions["deals-timeline"]!;
    expect(series).toEqual(["article-2015", "article-2018"]);
    for (const id of series) expect(dataset().sources.find((s) => s.id === id)!.release, id).toMatch(/announcements, not statistics/);
  });

  it("describes each state in words with its figures", () => {
    expect(dealsTimelineChart(data, "all", desktop).summary).toMatch(
      /\$18\.0bn of joint ventures signed during Chinese Premier Li Keqiang's visit to Astana \(December 2014\); \$23\.6bn of deals .* \(March 2015\)\. The 2018 article: \$27\.7bn for 51 commercial projects with China under way/,
    );
    expect(dealsTimelineChart(data, "2014-2015", desktop).summary).toMatch(
      /Together \$41\.6bn; the 2015 article puts it at “\$40 billion”\. The 2018 article's figures are drawn in outline, for comparison\.$/,
    );
    const y2018 = dealsTimelineChart(data, "2018", desktop).summary;
    expect(y2018).toMatch(/\$363m for 6 more projects due to start in 2018 \(February 2018\), announced by Zhenis Kasymbek/);
    expect(y2018).not.toMatch(/Li Keqiang/);
    // The 2015 bars are drawn in outline beside the 2018 ones (audit 16: the words left them out).
    expect(y2018).toMatch(/The 2015 article's figures are drawn in outline, for comparison\.$/);
    expect(dealsTimelineChart(data, "all", desktop).summary).not.toMatch(/in outline/);
  });

  it.each(states)("keeps every mark of %s inside the drawing area at 640x440 and 360x360", (state) => {
    for (const size of [desktop, phone]) expectInside(dealsTimelineChart(data, state, size), size, `${state} ${size.width}`);
  });
});

describe("dealsTimelineTables(data)", () => {
  it("lists each announcement with who announced it and where it was reported", () => {
    const [table] = dealsTimelineTables(data);
    expect(table!.caption).toMatch(/announcements, not statistics/);
    expect(table!.rows[0]).toEqual([
      "2014-12",
      18e9,
      "not stated",
      "joint ventures signed during Chinese Premier Li Keqiang's visit to Astana",
      "not named in the article",
      "China Bystander, 2015",
    ]);
  });
});
