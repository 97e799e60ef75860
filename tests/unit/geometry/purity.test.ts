import { describe, expect, it } from "vitest";
import { chartCases, chartIds, rowsOf } from "./chartCases.ts";
import { marksText } from "./marksText.ts";

/** The value with every object and array inside it frozen: writing to any of them throws (modules run in strict mode). */
function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFrozen(inner);
    Object.freeze(value);
  }
  return value;
}

// The page draws every state from one copy of a chart's rows, so a chart that sorted, filled in or
// otherwise changed them would draw the next state from different data. Frozen rows make such a write throw.
describe.each(chartIds)("the %s chart", (chart) => {
  it("draws every state at both sizes from frozen rows, unchanged: it never writes to the data it is given", () => {
    expect(marksText(chartCases(chart, deepFrozen(rowsOf(chart))))).toBe(marksText(chartCases(chart)));
  });
});
