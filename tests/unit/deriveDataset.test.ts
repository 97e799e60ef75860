import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentData, deriveDataset } from "../../src/data/derive/deriveDataset.ts";

/**
 * The committed dataset is what the committed reference files derive: nobody edited content/data by
 * hand, and `npm run data:derive` on any clone changes nothing.
 */
describe("content/data, derived from reference-data/", () => {
  const derived = deriveDataset();

  it("derives the four files the derivation owns", () => {
    expect([...derived.keys()].sort()).toEqual(["export-composition.csv", "forecasts.csv", "gdp-growth.csv", "trade-by-partner.csv"]);
  });

  it.each([...derived])("%s is byte for byte what is committed", (name, text) => {
    const committed = readFileSync(new URL(name, contentData), "utf8");
    // Compare line by line first, so a failure names the rows that differ rather than two long strings.
    expect(committed.split("\n")).toEqual(text.split("\n"));
    expect(committed).toBe(text);
  });
});
