import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { DIST, distFiles } from "./distPages.ts";

const BOM = [0xef, 0xbb, 0xbf];
const csvFiles = distFiles().filter((file) => file.endsWith(".csv"));

/**
 * The CSV downloads are UTF-8 with a byte-order mark (src/data/csvDownload.ts): Excel needs the mark to
 * read UTF-8 rather than the machine's legacy code page, and the files have en dashes, curly quotes and
 * accented names. Decoded as browsers, d3.csv and pandas decode them, the mark disappears.
 */
describe("CSV downloads", () => {
  it("there are CSV downloads, some with characters outside ASCII", () => {
    expect(csvFiles.length).toBeGreaterThanOrEqual(14);
    expect(csvFiles.some((file) => [...readFileSync(join(DIST, file), "utf8")].some((char) => char.codePointAt(0)! > 0x7f))).toBe(true);
  });

  it.each(csvFiles)("%s starts with a UTF-8 byte-order mark, for Excel", (file) => {
    expect([...readFileSync(join(DIST, file)).subarray(0, 3)]).toEqual(BOM);
  });

  it.each(csvFiles)("%s decodes as browsers and d3.csv decode it: no mark in the first column's name", (file) => {
    // TextDecoder is what fetch().text() and d3.csv use; it drops a leading BOM, as pandas' read_csv does.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(join(DIST, file)));
    const columns = csvParse(text).columns;
    expect(columns.length).toBeGreaterThan(1);
    expect(columns[0]).toMatch(/^[a-z_]+$/);
  });

  it.each(csvFiles.filter((file) => file.startsWith("data/dataset/")))("%s is the committed file after the mark", (file) => {
    const committed = readFileSync(join("content/data", file.split("/").at(-1)!));
    expect(readFileSync(join(DIST, file)).equals(Buffer.concat([Buffer.from(BOM), committed]))).toBe(true);
  });
});
