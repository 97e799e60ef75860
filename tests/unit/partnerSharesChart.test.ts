import { describe, expect, it } from "vitest";
import { partnerSharesChart } from "../../src/charts/partner-shares/draw.ts";
import { partnerSharesStates, type PartnerSharesStateId } from "../../src/charts/partner-shares/states.ts";
import { dataset } from "../../src/data/dataset.ts";
import { partnerShares } from "../../src/charts/partner-shares/data.ts";
import { withWords } from "../../src/charts/partner-shares/words.ts";
import type { ChartModel } from "../../src/charts/marks.ts";
import { expectInside } from "./chartTestHelpers.ts";

const states = Object.keys(partnerSharesStates) as PartnerSharesStateId[];
// The words are built with the rows, at build time (words.ts), for the states a chart shows: here all of them.
const data = withWords(partnerShares(dataset()), states);
const desktop = { width: 640, height: 440 };
const phone = { width: 360, height: 360 };
const textOf = (model: ChartModel, key: string) => model.marks.find((m) => m.key === key)?.text;
const keys = (model: ChartModel) => model.marks.map((m) => m.key);

describe("partnerSharesChart(data, state, size)", () => {
  it("draws a labelled line for each partner in every state, so transitions move rather than redraw", () => {
    for (const state of states) {
      const model = partnerSharesChart(data, state, desktop);
      for (const partner of ["china", "russia", "eu27", "rest-of-world"]) {
        expect(keys(model), `${state}`).toContain(`line-${partner}`);
        expect(keys(model), `${state}`).toContain(`label-${partner}`);
      }
    }
  });

  it("draws every year from 1995 to 2023 in each line", () => {
    const model = partnerSharesChart(data, "long-view", desktop);
    const d = String(model.marks.find((m) => m.key === "line-china")!.attrs.d);
    expect(d.match(/[ML]/g)).toHaveLength(29);
  });

  it.each([
    ["long-view", "Share of Kazakhstan's exports", {}],
    ["moment-2013", "Share of Kazakhstan's exports", { "value-china": "17.2%", "value-russia": "7.1%" }],
    ["mirror-2013", "Share of Kazakhstan's exports", { "value-china": "17.2%", "mirror-label": "China's figure 19.5%" }],
    ["fall-2014", "Share of Kazakhstan's exports", { "value-china": "12.4%", "value-russia": "8.0%" }],
    ["imports-2013", "Share of Kazakhstan's imports", { "value-russia": "36.6%", "value-china": "16.7%" }],
    ["now-2023", "Share of Kazakhstan's exports", { "value-china": "18.5%", "value-russia": "12.9%", "value-eu27": "39.2%" }],
    ["imports-long-view", "Share of Kazakhstan's imports", {}],
    ["imports-russia-lead", "Share of Kazakhstan's imports", { "value-russia": "54.7%", "value-china": "0.8%" }],
    ["imports-china-rise", "Share of Kazakhstan's imports", { "value-china": "12.6%", "value-russia": "31.3%" }],
    ["imports-shift", "Share of Kazakhstan's imports", { "value-russia": "27.9%", "value-china": "25.5%" }],
  ] as const)("state %s shows %s with its values", (state, axisTitle, values) => {
    const model = partnerSharesChart(data, state, desktop);
    expect(textOf(model, "ytitle")).toBe(axisTitle);
    for (const [key, text] of Object.entries(values)) expect(textOf(model, key), key).toBe(text);
  });

  it("marks the focus year only in states that have one", () => {
    expect(keys(partnerSharesChart(data, "long-view", desktop))).not.toContain("focus-rule");
    expect(keys(partnerSharesChart(data, "moment-2013", desktop))).toContain("focus-rule");
  });

  it("draws the article's one-fifth in the 2013 moment, and China's own figure only in the step after it", () => {
    const moment = keys(partnerSharesChart(data, "moment-2013", desktop));
    expect(moment).toEqual(expect.arrayContaining(["reference", "reference-label"]));
    expect(moment).not.toContain("mirror-dot");
    const mirror = keys(partnerSharesChart(data, "mirror-2013", desktop));
    expect(mirror).toEqual(expect.arrayContaining(["reference", "reference-label", "mirror-dot", "mirror-label"]));
    const fall = keys(partnerSharesChart(data, "fall-2014", desktop));
    expect(fall).not.toContain("reference");
    expect(fall).toContain("before-dot-china");
    const shift = partnerSharesChart(data, "imports-shift", desktop);
    expect(keys(shift)).toEqual(expect.arrayContaining(["before-dot-russia", "before-dot-china"]));
    expect(shift.summary).toMatch(/In 2023: Russia 27\.9%, China 25\.5%\. In 2022: Russia 35\.1%, China 21\.9%\./);
  });

  it("describes each state in words with the figures it shows", () => {
    expect(partnerSharesChart(data, "moment-2013", desktop).summary).toMatch(/In 2013: China 17\.2%, Russia 7\.1%\./);
    expect(partnerSharesChart(data, "mirror-2013", desktop).summary).toMatch(
      /In 2013: China 17\.2%\..*China's own figure for the same trade, the dot with a dashed outline, is 19\.5%/,
    );
    expect(partnerSharesChart(data, "imports-2013", desktop).summary).toMatch(/imports.*Russia 36\.6%, China 16\.7%/);
  });

  it("thins year labels on phones so they never collide", () => {
    const years = (size: typeof phone) => keys(partnerSharesChart(data, "long-view", size)).filter((k) => k.startsWith("xtick-"));
    expect(years(desktop)).toHaveLength(6);
    expect(years(phone)).toEqual(["xtick-1995", "xtick-2005", "xtick-2015", "xtick-2023"]);
  });

  it.each(states)("keeps every mark and label of %s inside the drawing area at 640x440 and 360x360", (state) => {
    for (const size of [desktop, phone]) expectInside(partnerSharesChart(data, state, size), size, `${state} ${size.width}`);
  });
});
