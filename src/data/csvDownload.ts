/**
 * How the site serves its CSV downloads (/data/<chart>.csv and /data/dataset/*.csv): UTF-8 with a
 * byte-order mark. The files have en dashes, curly quotes and accented place names. Excel opens a
 * double-clicked CSV in the machine's legacy code page unless the file starts with a BOM, and shows
 * mojibake; with it, Excel reads UTF-8. pandas (read_csv), readr, data.table and browsers' text decoding
 * (fetch, d3.csv) drop the BOM by themselves; base R needs read.csv(..., fileEncoding = "UTF-8-BOM") and
 * Python's csv module encoding="utf-8-sig" (README, Deploy, says so). The committed files in
 * content/data have no BOM: they are the sources the build and scripts read.
 * tests/build/csvDownloads.test.ts checks the choice.
 */
export const BYTE_ORDER_MARK = "\uFEFF";

/** A CSV download: the text with a BOM, typed text/csv in UTF-8 (hosts that read the type from the extension get a recipe in README, Deploy). */
export const csvResponse = (text: string): Response =>
  new Response(BYTE_ORDER_MARK + text, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
