import { describe, expect, it } from "vitest";
import { breaks } from "../../src/data/breaks.ts";
import { dataset } from "../../src/data/dataset.ts";
import { proseCheckProblem } from "../../src/claims/proseCheck.ts";
import { englishSourceOf } from "../../src/integrations/editionHeadingIds.ts";

describe("checks in a translated page", () => {
  const claim = "share(russia, import, 2011) > share(russia, import, 2010)";
  const check = (sentence: string, translated: boolean, acrossBreak?: string) =>
    proseCheckProblem({ claim, sentence, acrossBreak, translated }, dataset(), breaks());

  it("do not look for the break's English name in a translated sentence, but still evaluate the data and the declaration", () => {
    const russian = "Импорт из России вырос после Таможенного союза.";
    expect(check(russian, false, "customs-union")).toMatch(/does not name the break/);
    expect(check(russian, true, "customs-union")).toBeUndefined();
    // An undeclared break is refused in every edition: the declaration is a tag attribute, the same as the English.
    expect(check(russian, true)).toMatch(/across the break “customs-union”/);
  });

  it("are known by the file's place: content/editions/<code>/stories or pages", () => {
    expect(englishSourceOf("/x/content/editions/ru/stories/the-tilt.mdx", "/x/content/editions", "/x/content")).toBe(
      "/x/content/stories/the-tilt.mdx",
    );
    expect(englishSourceOf("/x/content/editions/kk/pages/data.mdx", "/x/content/editions", "/x/content")).toBe("/x/content/pages/data.mdx");
    expect(englishSourceOf("/x/content/stories/the-tilt.mdx", "/x/content/editions", "/x/content")).toBeUndefined();
  });
});
