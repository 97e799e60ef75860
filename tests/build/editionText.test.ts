import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, distPages } from "./distPages.ts";
import { englishWords } from "./editionWords.ts";

/**
 * A translated edition's pages show no English UI words: every word a reader sees (or a screen reader is given)
 * is in the edition's language, apart from the English originals the page marks lang="en", quotations in English
 * quotation marks, code, addresses and the proper names in tests/build/editionWords.ts. Runs on every published
 * edition in the build (none while the translations are drafts; EDITIONS_ROOT builds a fixture or a candidate).
 */
// The build's folders do not include the base path: /kz-trade/ru/ is dist-subpath/ru/.
const built = (["ru", "kk"] as const).filter((code) => existsSync(join(DIST, code, "index.html")));
const pages = built.flatMap((code) => distPages(DIST).filter((p) => p.path.startsWith(`${code}/`)));

describe("translated pages show no English UI words", () => {
  it("reads every page of every published translation in the build", () => {
    for (const code of built)
      expect(
        pages.some((p) => p.path.includes(`${code}/chapters/`)),
        `${code} has chapters`,
      ).toBe(true);
  });
  it.each(pages.map((p) => [p.path, p.html] as const))("%s", (_, html) => {
    const words = englishWords(html);
    expect(
      words.slice(0, 20).map((w) => `${w.word}: …${w.context}…`),
      `${words.length} English words`,
    ).toEqual([]);
  });
});
