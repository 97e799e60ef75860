import { describe, expect, it } from "vitest";
import { dodgeLabels } from "../../src/lib/dodgeLabels.ts";

describe("dodgeLabels(ys, gap, min, max)", () => {
  it.each([
    [[10, 50, 90], 10, 0, 100, [10, 50, 90]],
    [[50, 52], 10, 0, 100, [50, 60]],
    [[52, 50], 10, 0, 100, [60, 50]],
    [[95, 98], 10, 0, 100, [90, 100]],
    [[0, 1, 2], 10, 5, 100, [5, 15, 25]],
  ])("dodgeLabels(%j, %i, %i, %i) is %j", (ys, gap, min, max, expected) => {
    expect(dodgeLabels(ys, gap, min, max)).toEqual(expected);
  });
});
