import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, distPages } from "./distPages.ts";
import { englishWords } from "./editionWords.ts";

/**
 * A translated edition's pages show no English UI words: every word a reader sees (or a screen reader is given, or
 * the page's scripts will write: tests/build/editionWords.ts) is in the edition's language, apart from the English
 * originals the page marks lang="en", quotations in English quotation marks, code, addresses and the proper names in
 * tests/build/editionWords.ts. Every page of the edition: chapters, the other pages, the data page, the 404 page and
 * every embed (each chart, state and reporter view). The charts' own words (their SVGs) are checked apart. Runs on
 * every published edition in the build (none while the translations are drafts; EDITIONS_ROOT builds a fixture or a
 * candidate).
 */
// The build's folders do not include the base path: /kz-trade/ru/ is dist-subpath/ru/.
const built = (["ru", "kk"] as const).filter((code) => existsSync(join(DIST, code, "index.html")));
const pages = built.flatMap((code) => distPages(DIST).filter((p) => p.path.startsWith(`${code}/`)));

describe("translated pages show no English UI words", () => {
  it("reads every page of every published translation in the build: chapters, data page, 404 page and every embed", () => {
    for (const code of built) {
      const paths = pages.map((p) => p.path).filter((p) => p.startsWith(`${code}/`));
      expect(
        paths.some((p) => p.includes(`${code}/chapters/`)),
        `${code} has chapters`,
      ).toBe(true);
      for (const page of [`${code}/404.html`, `${code}/data/index.html`, `${code}/embed/partner-shares/mirror-2013/china/index.html`])
        expect(paths, `${code} has ${page}`).toContain(page);
      const english = distPages(DIST).filter((p) => p.path.startsWith("embed/")).length;
      expect(paths.filter((p) => p.startsWith(`${code}/embed/`)).length, `${code} has an embed for every English one`).toBe(english);
    }
  });
  it.each(pages.map((p) => [p.path, p.html] as const))("%s", (_, html) => {
    const words = englishWords(html);
    expect(
      words.slice(0, 20).map((w) => `${w.word}: …${w.context}…`),
      `${words.length} English words`,
    ).toEqual([]);
  });
});

describe("translated pages' charts draw no English words", () => {
  const charted = pages.filter((p) => p.html.includes("<svg"));
  it("reads the charts of every published translation in the build", () => {
    for (const code of built)
      expect(
        charted.some((p) => p.path.startsWith(`${code}/`)),
        `${code} has charts`,
      ).toBe(true);
  });
  it.each(charted.map((p) => [p.path, p.html] as const))("%s", (_, html) => {
    const words = englishWords(html, { charts: true });
    expect(
      words.slice(0, 20).map((w) => `${w.word}: …${w.context}…`),
      `${words.length} English words in the charts`,
    ).toEqual([]);
  });
});
