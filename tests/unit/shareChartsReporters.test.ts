import { describe, expect, it } from "vitest";
import { csvParse } from "d3-dsv";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { bilateral, type MirrorPartner } from "../../src/data/bilateral.ts";
import { dataset } from "../../src/data/dataset.ts";
import { joinTradeSeries } from "../../src/data/joinTradeSeries.ts";
import type { Flow } from "../../src/data/schema.ts";
import type { Reporter } from "../../src/charts/reporters.ts";
import type { ChartModel } from "../../src/charts/marks.ts";
import { formatShare, roundedFixed } from "../../src/lib/formatShare.ts";
import { desktop, expectInside, expectStableKeys, markOf, phone } from "./chartTestHelpers.ts";

/**
 * The two share charts under each reporter the switch offers: what they draw, say, tabulate and download is
 * that reporter's figures, read from the data (src/data/bilateral.ts), not from the chart's own rows.
 */
const data = dataset();
const years = Array.from({ length: 29 }, (_, i) => 1995 + i);
const partners = ["eu27", "china", "russia", "rest-of-world"] as const;

/** A partner's share of Kazakhstan's total for a flow, as one side counted it: the data, not the chart. */
function share(reporter: "kazakhstan" | MirrorPartner, partner: string, flow: Flow, year: number): number | undefined {
  if (partner === "china" || partner === "russia")
    return bilateral(data, { reporter: reporter as "kazakhstan", partner, flow, year })?.shareOfKazakhstanTotal;
  if (reporter !== "kazakhstan") return undefined;
  return joinTradeSeries(data.trade).find((r) => r.reporter === "kazakhstan" && r.partner === partner && r.flow === flow && r.year === year)
    ?.share_pct;
}

/** Who counted a partner's solid line under a reporter: the partner itself under its own figures, else Kazakhstan. */
const solidBy = (reporter: Reporter, partner: string): "kazakhstan" | MirrorPartner =>
  reporter === partner ? (partner as MirrorPartner) : "kazakhstan";

/** The y scale the chart drew with, read back from its grid lines: per cent for a pixel y. */
function percentAt(model: ChartModel): (y: number) => number {
  const grids = model.marks.filter((m) => m.key.startsWith("ygrid-")).map((m) => ({ v: Number(m.key.slice(6)), y: Number(m.attrs.y1) }));
  const [a, b] = [grids[0]!, grids.at(-1)!];
  return (y) => a.v + ((y - a.y) / (b.y - a.y)) * (b.v - a.v);
}

/** A path's points as [x, y] pairs. */
const points = (d: unknown) => [...String(d).matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

/** The drawn values of a line, in per cent, against the data's, point by point (within the 0.1 px the paths keep). */
function expectLine(model: ChartModel, key: string, expected: number[]): void {
  const toPct = percentAt(model);
  const drawn = points(markOf(model, key)?.attrs.d).map(([, y]) => toPct(y));
  expect(drawn, key).toHaveLength(expected.length);
  drawn.forEach((v, i) => expect(Math.abs(v - expected[i]!), `${key}, point ${i}`).toBeLessThan(0.1));
}

const charts = [
  {
    id: "partner-shares",
    longView: "long-view",
    flows: ["export", "import"] as Flow[],
    states: { export: "long-view", import: "imports-2013" },
  },
  { id: "import-shares", longView: "imports-long-view", flows: ["import"] as Flow[], states: { import: "imports-long-view" } },
] as const;

describe.each(charts)("the $id chart under each reporter", ({ id, flows, states }) => {
  const chart = chartDefinitions[id]!;

  it("offers Kazakhstan's, China's and Russia's figures and both", () => {
    expect(chart.reporters).toEqual(["kazakhstan", "china", "russia", "both"]);
  });

  it.each(["kazakhstan", "china", "russia", "both"] as const)(
    "under %s, every point of every solid line is that count's share in the data",
    (reporter) => {
      for (const flow of flows) {
        const model = chart.draw((states as Record<string, string>)[flow]!, desktop, reporter);
        for (const partner of partners) {
          expectLine(
            model,
            `line-${partner}`,
            years.flatMap((year) => share(solidBy(reporter, partner), partner, flow, year) ?? []),
          );
        }
      }
    },
  );

  it("under a partner's figures its line ends in 2020, where its series ends, and its label says so", () => {
    for (const partner of ["china", "russia"] as const) {
      for (const size of [desktop, phone]) {
        const model = chart.draw(chart.states.at(-1)!, size, partner);
        const line = points(markOf(model, `line-${partner}`)?.attrs.d);
        expect(line).toHaveLength(26);
        // The last point is 2020's: the x of the 2020 tick's neighbours puts it left of the 2023 tick.
        expect(line.at(-1)![0]).toBeLessThan(Number(markOf(model, "xtick-2023")!.attrs.x) - 10);
        expect(markOf(model, `label-${partner}-note`)?.text).toMatch(/to 2020$/);
        expect(markOf(model, `label-${partner}`)?.text).toMatch(new RegExp(`^${partner === "china" ? "China" : "Russia"}'s`));
      }
    }
  });

  it("keeps every mark and label inside the drawing area, and each mark's shape across states and reporters, so the switch animates", () => {
    for (const size of [desktop, phone]) {
      const models = chart.reporters.flatMap((reporter) => chart.states.map((state) => chart.draw(state, size, reporter)));
      models.forEach((model) => expectInside(model, size, `${id} ${size.width}`));
      expectStableKeys(models);
    }
  });

  it("keeps the IMF|Bureau rule and the customs-union band under every reporter", () => {
    for (const reporter of chart.reporters) {
      const model = chart.draw(chart.states[0]!, desktop, reporter);
      expect(markOf(model, "series-break"), reporter).toBeDefined();
      expect(markOf(model, "series-break-label")?.text, reporter).toMatch(/IMF ?\| ?Bureau/);
      expect(markOf(model, "break-customs-union")?.tag, reporter).toBe("rect");
    }
  });

  it("under both, draws each partner's own count dashed beside Kazakhstan's, with the gap between them shaded", () => {
    for (const flow of flows) {
      const model = chart.draw((states as Record<string, string>)[flow]!, desktop, "both");
      for (const partner of ["china", "russia"] as const) {
        const dashed = markOf(model, `line-${partner}-mirror`)!;
        expect(dashed.attrs["stroke-dasharray"]).toBe("5 4");
        expectLine(
          model,
          `line-${partner}-mirror`,
          years.flatMap((year) => share(partner, partner, flow, year) ?? []),
        );
        expect(String(markOf(model, `gap-band-${partner}`)?.attrs.d)).toMatch(/^M.*Z$/);
      }
    }
    // Under Kazakhstan's own figures alone, no partner's line.
    const own = chart.draw(chart.states[0]!, desktop, "kazakhstan");
    expect(markOf(own, "line-china-mirror")).toBeUndefined();
    expect(markOf(own, "gap-band-china")).toBeUndefined();
  });

  it("says whose count each line is, and that a partner's share is over Kazakhstan's own total", () => {
    const flow = flows[0]!;
    const noun = `${flow}s`;
    const theirFlow = flow === "export" ? "imports from Kazakhstan" : "exports to Kazakhstan";
    const words = (reporter: Reporter) => chart.draw((states as Record<string, string>)[flow]!, desktop, reporter).summary;
    expect(words("kazakhstan")).toMatch(/as Kazakhstan reported them/);
    expect(words("china")).toContain(`China's line is China's own count of its ${theirFlow}, as a share of Kazakhstan's total ${noun}`);
    expect(words("china")).toMatch(/1995 to 2020, where its series ends/);
    expect(words("russia")).toContain(`Russia's line is Russia's own count of its ${theirFlow}, as a share of Kazakhstan's total ${noun}`);
    expect(words("both")).toMatch(/the shading is the gap between the two counts/);
    // The figures the words give are the data's, at the story's one decimal: 2020, the last year both count.
    const [china, kazakhstan] = [share("china", "china", flow, 2020)!, share("kazakhstan", "china", flow, 2020)!];
    expect(words("both")).toContain(
      `In 2020: EU27 ${formatShare(share("kazakhstan", "eu27", flow, 2020)!)}; China ${formatShare(kazakhstan)} by Kazakhstan's count, ${formatShare(china)} by China's`,
    );
  });

  it("gives the gap between the two counts from their dollar figures, not from two rounded shares", () => {
    // 2014 exports to China: 12.36% by Kazakhstan's count and 12.21% by China's as rounded shares (0.15 apart), but
    // $9.815bn against $9.699bn over the same $79.43bn total is 0.146 points apart: "0.1", not "0.2".
    if (id !== "partner-shares") return;
    const words = chart.draw("fall-2014", desktop, "both").summary;
    expect(words).toContain("12.2% by China's, 0.1 percentage points less");
  });

  it("tabulates the gap from the two counts' dollars over one total too, as its words do (audit 16: 24 cells a digit out)", () => {
    for (const partner of ["china", "russia"] as const)
      for (const flow of flows) {
        const name = partner === "china" ? "China" : "Russia";
        const table = chart
          .tables("both")
          .find((t) => t.caption.startsWith(`Kazakhstan's ${flow}s ${flow === "export" ? "to" : "from"} ${name} as a share`))!;
        expect(table, `${partner} ${flow}`).toBeDefined();
        for (const row of table.rows.filter((r) => typeof r.at(-1) === "string" && /\d/.test(String(r.at(-1))))) {
          const year = Number(row[0]);
          const own = bilateral(data, { reporter: "kazakhstan", partner, flow, year })!;
          const theirs = bilateral(data, { reporter: partner, partner, flow, year })!;
          const gap = ((theirs.valueUsd - own.valueUsd) / theirs.valueUsd) * theirs.shareOfKazakhstanTotal;
          expect(String(row.at(-1)).replace("\u2212", "-"), `${partner} ${flow} ${year}`).toBe(roundedFixed(gap, 2));
        }
      }
  });

  it('writes every share in its tables with two decimals, a whole number too (audit 14 found "6" among "5.73")', () => {
    for (const reporter of ["kazakhstan", "china", "russia", "both"] as const)
      for (const table of chart.tables(reporter).filter((t) => /per cent/.test(t.caption)))
        for (const row of table.rows)
          for (const cell of row.slice(1))
            if (typeof cell !== "string" || !/[a-z]/i.test(cell)) expect(String(cell), table.caption).toMatch(/^\u2212?\d+\.\d\d$/);
  });

  it("tabulates and downloads the chosen reporter's figures", () => {
    const flow = flows[0]!;
    for (const partner of ["china", "russia"] as const) {
      const table = chart.tables(partner).find((t) => t.caption.startsWith(`Share of Kazakhstan's ${flow}s by partner`))!;
      const column = table.columns.indexOf(
        `${partner === "china" ? "China" : "Russia"} (${partner === "china" ? "China" : "Russia"}'s own count)`,
      );
      expect(column, table.columns.join()).toBeGreaterThan(0);
      const row2017 = table.rows.find((r) => r[0] === 2017)!;
      expect(Number(row2017[column])).toBeCloseTo(share(partner, partner, flow, 2017)!, 2);
      expect(table.rows.find((r) => r[0] === 2023)![column]).toBe("no figure");
      const csv = csvParse(chart.csv(partner));
      const mirrorFlow = flow === "export" ? "import" : "export";
      const theirs = csv.find((r) => r.measure === "mirror-share" && r.year === "2017" && r.flow === mirrorFlow)!;
      expect(theirs.series).toBe(`imf-dots-${partner}`);
      expect(Number(theirs.value)).toBe(share(partner, partner, flow, 2017));
      // Kazakhstan's own figure for that partner is not what this view draws, so not in its CSV.
      expect(csv.some((r) => r.partner === partner && r.measure === "share-of-trade")).toBe(false);
      expect(csv.some((r) => r.measure === "mirror-share" && Number(r.year) > 2020)).toBe(false);
    }
    const gap = chart.tables("both").find((t) => t.caption.includes(`${flow}s ${flow === "export" ? "to" : "from"} Russia`))!;
    const row = gap.rows.find((r) => r[0] === 2013)!;
    expect(row[1]).toBe(share("kazakhstan", "russia", flow, 2013)!.toFixed(2));
    expect(Number(row[2])).toBeCloseTo(share("russia", "russia", flow, 2013)!, 2);
    const both = csvParse(chart.csv("both"));
    expect(new Set(both.filter((r) => r.measure === "mirror-share").map((r) => r.series))).toEqual(
      new Set(["imf-dots-china", "imf-dots-russia"]),
    );
  });
});
