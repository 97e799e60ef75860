import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, distPages } from "./distPages.ts";
import { foreignNumerals, readableText } from "./editionNumerals.ts";

/**
 * Every figure on a translated page is written in the edition's way: prose, chart marks and labels (the SVG the
 * build draws), tables, chart summaries and what a screen reader is given. Runs on every published translation in
 * the build (none while they are drafts). The data tags' figures are also checked against their values
 * (editionFigures.test.ts); the browser's redraws are checked in tests/e2e/editionPages.spec.ts.
 */
const built = (["ru", "kk"] as const).filter((code) => existsSync(join(DIST, code, "index.html")));
const pages = built.flatMap((code) =>
  distPages(DIST)
    .filter((p) => p.path.startsWith(`${code}/`))
    .map((p) => ({ ...p, code })),
);

describe("figures on translated pages are written the edition's way", () => {
  it(`reads every page of every published translation in the build (${built.join(", ") || "none: English only"})`, () => {
    for (const code of built) expect(pages.filter((p) => p.code === code).length, code).toBeGreaterThan(10);
  });
  it.each(pages.map((p) => [p.path, p] as const))("%s", (_, page) => {
    const found = foreignNumerals(readableText(page.html), page.code);
    expect(found.slice(0, 15), `${found.length} figures written another edition's way`).toEqual([]);
  });
});

describe("the numeral check itself", () => {
  const chart = (text: string) =>
    `<body><p>Доля Китая — <data value="17.2">17,2&nbsp;%</data>, версия 0.2.0 от 2026-12-02.</p><svg><text>${text}</text><text>2013</text></svg></body>`;

  it("passes the edition's own figures", () => {
    expect(foreignNumerals(readableText(chart("14,2&nbsp;млрд долл.")), "ru")).toEqual([]);
    expect(foreignNumerals(readableText("<p>17,2% және 1&nbsp;234</p>"), "kk")).toEqual([]);
    // The newsroom short form on chart labels, a map's scale name and a licence are not English figures.
    expect(foreignNumerals(readableText(chart("$30,1&nbsp;млрд")), "ru")).toEqual([]);
    expect(foreignNumerals(readableText("<p>Natural Earth (1:110m), CC BY 4.0</p>"), "kk")).toEqual([]);
  });

  it.each([
    ["17.2%", "ru", /a decimal point: "17\.2"/],
    ["$14.2bn", "ru", /a dollar sign/],
    ["$14,2", "ru", /a dollar sign/],
    ["1,234", "kk", /a comma between thousands/],
    ["17,2%", "ru", /without the Russian space/],
    ["17,2&nbsp;%", "kk", /a space before the Kazakh percent sign/],
  ])("finds %s in a %s chart", (figure, code, pattern) => {
    expect(foreignNumerals(readableText(chart(figure)), code)).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
  });

  it("reads what a screen reader is given, and leaves English originals and quotations alone", () => {
    expect(foreignNumerals(readableText('<svg aria-label="China 17.2%"></svg>'), "ru")).toEqual(
      expect.arrayContaining([expect.stringMatching(/a decimal point: "17\.2"/)]),
    );
    expect(foreignNumerals(readableText('<blockquote lang="en">17.2%</blockquote><p>«…» “$40 billion”</p>'), "ru")).toEqual([]);
  });
});
