import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogGaps } from "../../src/i18n/completeness.ts";
import { parseCatalog } from "../../src/i18n/catalog.ts";

describe("the UI catalogs, content/i18n/ui/<code>.yaml", () => {
  it.each(["ru", "kk"] as const)("%s has every English key, with the same placeholders", (code) => {
    expect(catalogGaps(code, "content/i18n/ui")).toEqual([]);
  });
  it.each(["ru", "kk"] as const)("%s is written in Cyrillic, not English", (code) => {
    const catalog = parseCatalog(readFileSync(`content/i18n/ui/${code}.yaml`, "utf8"), code);
    // File formats and file names (CSV, zip, datapackage.json) are written as they are in every edition.
    const latin = Object.entries(catalog).filter(([, text]) =>
      /[A-Za-z]{2,}/.test(text.replace(/\{\w+\}/g, "").replace(/\bdatapackage\.json\b|\b(CSV|zip)\b/g, "")),
    );
    expect(latin).toEqual([]);
  });
});
