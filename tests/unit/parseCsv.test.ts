import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { dealRowSchema, tradeRowSchema } from "../../src/data/schema.ts";

const KEY = ["year", "reporter", "partner", "flow", "series"] as const;
const fixture = (name: string) => `tests/fixtures/trade/${name}`;
const parseFixture = (name: string) => parseCsv(readFileSync(fixture(name), "utf8"), fixture(name), tradeRowSchema, KEY);

describe("parseCsv(text, file, tradeRowSchema, key)", () => {
  it("returns typed rows for a well-formed file", () => {
    expect(parseFixture("good.csv")).toEqual([
      {
        year: 2013,
        reporter: "kazakhstan",
        partner: "world",
        flow: "export",
        value_usd: 82366549537,
        share_pct: 100,
        basis: "reported",
        series: "imf-dots",
      },
      {
        year: 2013,
        reporter: "kazakhstan",
        partner: "china",
        flow: "export",
        value_usd: 14168492066,
        share_pct: 17.2,
        basis: "reported",
        series: "imf-dots",
      },
    ]);
  });

  // Each malformed file breaks one rule in row 2; the error names the file, the row and the field.
  it.each([
    ["non-numeric.csv", 2, "value_usd", /must be a number \(got "lots"\)/],
    ["negative.csv", 2, "value_usd", /must not be negative/],
    ["unknown-partner.csv", 2, "partner", /must be one of world, china, russia/],
    ["unknown-flow.csv", 2, "flow", /must be one of export, import/],
    [
      "duplicate-key.csv",
      3,
      "year+reporter+partner+flow+series",
      /duplicate key 2013\|kazakhstan\|china\|export\|imf-dots, first seen in row 2/,
    ],
    ["missing-field.csv", 2, "value_usd", /is missing \(the cell is empty\)/],
    ["missing-column.csv", 0, "share_pct", /column is missing from the header/],
    ["share-over-100.csv", 2, "share_pct", /must not exceed 100/],
    ["year-out-of-range.csv", 2, "year", /must be between 1995 and 2023/],
    ["unknown-series.csv", 2, "series", /must be one of imf-dots, bns, imf-dots-china/],
  ])("rejects %s at row %i, field %s", (name, row, field, problem) => {
    expect(() => parseFixture(name)).toThrow(
      expect.objectContaining({
        name: "DataFileError",
        file: fixture(name),
        row,
        field,
        message: expect.stringMatching(problem),
      }),
    );
    expect(() => parseFixture(name)).toThrow(`${fixture(name)}: row ${row} (line ${row + 1}), field "${field}"`);
  });
});

describe("parseCsv(text, file, dealRowSchema, key): a column declared as possibly not stated", () => {
  const parseDeals = (name: string) => {
    const file = `tests/fixtures/deals/${name}`;
    return parseCsv(readFileSync(file, "utf8"), file, dealRowSchema, ["date", "what"]);
  };

  it("reads an empty projects cell as null, and a filled one as a number", () => {
    expect(parseDeals("good.csv").map((d) => d.projects)).toEqual([null, 6]);
  });

  it.each([
    ["empty-label.csv", "label", /is missing \(the cell is empty\)/],
    ["fractional-projects.csv", "projects", /must be a whole number/],
    ["bad-month.csv", "date", /must be a month, YYYY-MM/],
  ])("still rejects %s at row 2, field %s", (name, field, problem) => {
    expect(() => parseDeals(name)).toThrow(
      expect.objectContaining({ name: "DataFileError", row: 2, field, message: expect.stringMatching(problem) }),
    );
  });
});
