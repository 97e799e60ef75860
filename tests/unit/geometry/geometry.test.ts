import { describe, expect, it } from "vitest";
import { chartCases, chartIds, otherReportersOf, reporterCases } from "./chartCases.ts";
import { marksText } from "./marksText.ts";

// Pins every chart's marks in every state at the phone plot's size and the build's static size: a moved
// point, path or label, a mark added or dropped, or a changed class or colour fails with a line-by-line diff.
// After a change meant to move them, look at the diff, then update: `npm run test:geometry:update`.
describe.each(chartIds)("the %s chart's geometry", (chart) => {
  it("matches its snapshot in every state, at phone and static size", async () => {
    await expect(marksText(chartCases(chart))).toMatchFileSnapshot(`__snapshots__/${chart}.txt`);
  });
});

// The same, for each reporter a chart's switch offers beyond Kazakhstan's figures (the default, pinned above).
describe.each(chartIds.flatMap((chart) => otherReportersOf(chart).map((reporter) => [chart, reporter] as const)))(
  "the %s chart's geometry under %s's figures",
  (chart, reporter) => {
    it("matches its snapshot in every state, at phone and static size", async () => {
      await expect(marksText(reporterCases(chart, reporter))).toMatchFileSnapshot(`__snapshots__/${chart}.${reporter}.txt`);
    });
  },
);
