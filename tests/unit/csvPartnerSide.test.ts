import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";

/**
 * Every chart CSV, under every reporter its switch offers: a row another side reported (China's or Russia's own
 * count) is that side's trade with Kazakhstan, so its partner column says Kazakhstan, in every file alike (the data
 * package's column description says so; a thirteenth fact-check found the turnover files under a partner's view
 * saying "China reported its trade with China").
 */
const files = Object.entries(chartDefinitions).flatMap(([id, chart]) =>
  [undefined, ...chart.reporters.filter((r) => r !== "kazakhstan")].map((reporter) => ({ id, reporter, csv: chart.csv(reporter) })),
);

describe("a partner's own rows name Kazakhstan as their partner", () => {
  it.each(files.map((f) => [`${f.id}${f.reporter ? `.${f.reporter}` : ""}.csv`, f] as const))("%s", (_, { csv }) => {
    const rows = csvParse(csv.replace(/^\uFEFF/, ""));
    const wrong = rows.filter(
      (r) => r.reporter && !/^Kazakhstan/.test(r.reporter) && r.partner !== "kazakhstan" && r.series?.startsWith("imf-dots-"),
    );
    expect(wrong.map((r) => `${r.year} ${r.measure} partner=${r.partner} reporter=${r.reporter}`)).toEqual([]);
  });
});
