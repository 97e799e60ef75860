import { describe, expect, it } from "vitest";
import { tradeTurnoverChart } from "../../src/charts/trade-turnover/draw.ts";
import { tradeTurnoverTables } from "../../src/charts/trade-turnover/tables.ts";
import { tradeTurnoverCsv } from "../../src/charts/trade-turnover/csv.ts";
import { tradeTurnoverRows } from "../../src/charts/trade-turnover/words.ts";
import { bilateral, type MirrorPartner } from "../../src/data/bilateral.ts";
import { dataset } from "../../src/data/dataset.ts";
import { seriesInfo } from "../../src/charts/defineChart.ts";
import { reporterFrom, type Reporter } from "../../src/charts/reporters.ts";
import type { ChartModel } from "../../src/charts/marks.ts";
import { csvParse } from "d3-dsv";
import { desktop, markOf } from "./chartTestHelpers.ts";

const rows = tradeTurnoverRows();
const data = dataset();

/** Turnover (exports plus imports, Kazakhstan's side) with a partner in a year as one reporter counted it: the data, not the chart. */
function turnover(reporter: "kazakhstan" | MirrorPartner, partner: MirrorPartner, year: number): number | undefined {
  const ex = bilateral(data, { reporter: reporter as "kazakhstan", partner, flow: "export", year });
  const im = bilateral(data, { reporter: reporter as "kazakhstan", partner, flow: "import", year });
  return ex && im ? ex.valueUsd + im.valueUsd : undefined;
}

/** The y scale the chart drew with, read back from its grid lines: US dollars billions for a pixel y. */
function valueAt(model: ChartModel): (y: number) => number {
  const grids = model.marks.filter((m) => m.key.startsWith("ygrid-")).map((m) => ({ v: Number(m.key.slice(6)), y: Number(m.attrs.y1) }));
  const [a, b] = [grids[0]!, grids.at(-1)!];
  return (y) => a.v + ((y - a.y) / (b.y - a.y)) * (b.v - a.v);
}

/** A path's points as [x, y] pairs. */
const points = (d: string) => [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

/** Who counted each partner's solid line under a reporter. */
const solidBy = (reporter: Reporter, partner: MirrorPartner) => (reporter === partner ? partner : "kazakhstan");

describe("the trade-turnover chart under each reporter draws that reporter's figures", () => {
  const years = Array.from({ length: 29 }, (_, i) => 1995 + i);
  it.each(["kazakhstan", "china", "russia", "both"] as const)(
    "under %s, every point of each solid line is the data's turnover",
    (reporter) => {
      const model = tradeTurnoverChart(rows, "long-view", desktop, reporter);
      const toBn = valueAt(model);
      for (const partner of ["china", "russia"] as const) {
        const drawn = points(String(markOf(model, `line-${partner}`)!.attrs.d)).map(([, y]) => toBn(y));
        const expected = years.flatMap((year) => turnover(solidBy(reporter, partner), partner, year) ?? []).map((usd) => usd / 1e9);
        expect(drawn).toHaveLength(expected.length);
        drawn.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(0.05));
      }
    },
  );

  it("under a partner's figures its line ends in 2020: later years are absent, not filled", () => {
    for (const partner of ["china", "russia"] as const) {
      const model = tradeTurnoverChart(rows, "now-2023", desktop, partner);
      expect(points(String(markOf(model, `line-${partner}`)!.attrs.d))).toHaveLength(26);
      expect(markOf(model, `dot-${partner}`)).toBeUndefined();
      expect(model.summary).toContain(`${partner === "china" ? "China" : "Russia"} reported it`);
      expect(model.summary).toMatch(/ends in 2020/);
    }
  });

  it("under both, each partner's own count is drawn dashed beside Kazakhstan's, with the gap shaded", () => {
    const model = tradeTurnoverChart(rows, "long-view", desktop, "both");
    const toBn = valueAt(model);
    for (const partner of ["china", "russia"] as const) {
      const dashed = markOf(model, `line-${partner}-mirror`)!;
      expect(dashed.attrs["stroke-dasharray"]).toBe("5 4");
      const drawn = points(String(dashed.attrs.d)).map(([, y]) => toBn(y));
      const expected = years.flatMap((year) => turnover(partner, partner, year) ?? []).map((usd) => usd / 1e9);
      expect(drawn).toHaveLength(expected.length);
      drawn.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(0.05));
      expect(String(markOf(model, partner === "china" ? "gap-band" : "gap-band-russia")!.attrs.d)).not.toBe("");
    }
  });

  it("the table and the CSV under China's figures give China's own count for China, Kazakhstan's for Russia", () => {
    const [table] = tradeTurnoverTables(rows, "china");
    const row2017 = table!.rows.find((r) => r[0] === 2017)!;
    expect(row2017[1]).toBe(turnover("china", "china", 2017));
    expect(row2017[2]).toBe(turnover("kazakhstan", "russia", 2017));
    expect(table!.rows.find((r) => r[0] === 2023)![1]).toBe("no figure");
    const csv = csvParse(tradeTurnoverCsv(rows, seriesInfo, "china"));
    // China's own count is China's trade with Kazakhstan: its partner is Kazakhstan, as in every other file.
    const china2017 = csv.find((r) => r.series === "imf-dots-china" && r.year === "2017")!;
    expect(Number(china2017.value)).toBe(turnover("china", "china", 2017));
    expect(china2017.partner).toBe("kazakhstan");
    expect(csv.some((r) => r.series === "imf-dots-china" && Number(r.year) > 2020)).toBe(false);
    expect(csv.some((r) => r.partner === "china")).toBe(false);
  });
});

describe("reporterFrom(search)", () => {
  it("reads ?reporter= leniently and falls back to Kazakhstan's figures", () => {
    expect(reporterFrom("?reporter=china")).toBe("china");
    expect(reporterFrom("?reporter=Russia ")).toBe("russia");
    expect(reporterFrom("?present&reporter=both")).toBe("both");
    expect(reporterFrom("?reporter=mars")).toBe("kazakhstan");
    expect(reporterFrom("")).toBe("kazakhstan");
  });
});
