import { describe, expect, it } from "vitest";
import { dataset } from "../../src/data/dataset.ts";
import { editionSource } from "../../src/i18n/editionLists.ts";

// The methods page reads a source's `reporter`, the data page its `reportedBy`: for an article both must name
// the outlet first, or the two pages credit the same figures to different people.
const outlets = { "article-2015": ["China Bystander"], "article-2018": ["Vestnik Kavkaza", "Вестник Кавказа"] } as const;

describe("the two articles' sources", () => {
  it.each(Object.entries(outlets))("%s is reported by its outlet on the methods and the data pages", (id, names) => {
    const source = dataset().sources.find((s) => s.id === id)!;
    expect(source.reportedBy.startsWith(names[0])).toBe(true);
    expect(source.reporter.startsWith(names[0])).toBe(true);
    for (const code of ["ru", "kk"] as const) {
      const words = editionSource(code, id);
      expect(
        names.some((n) => (words.reporter ?? "").includes(n)),
        code,
      ).toBe(true);
    }
  });
});
