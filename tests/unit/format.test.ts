import { describe, expect, it } from "vitest";
import { formatShare } from "../../src/lib/formatShare.ts";
import { formatUsd } from "../../src/lib/formatUsd.ts";

describe("formatShare(pct) and formatUsd(usd)", () => {
  it.each([
    [17.2, "17.2%"],
    [7.13, "7.1%"],
    [36.62, "36.6%"],
    [0.91, "0.9%"],
    [-2.5, "−2.5%"],
  ])("formatShare(%d) is %s", (pct, text) => expect(formatShare(pct)).toBe(text));

  it.each([
    [14168492066, "$14.2bn"],
    [16023877585, "$16.0bn"],
    [363e6, "$363m"],
  ])("formatUsd(%d) is %s", (usd, text) => expect(formatUsd(usd)).toBe(text));
});
