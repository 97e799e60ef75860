import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { formatCitation } from "../../src/citation/formatCitation.ts";
import { parseRelease } from "../../src/citation/release.ts";

const release = { version: "1.2.3", date: "2027-03-09" };
const section = {
  chapter: "Chapter 1: China tilts the balance",
  section: "The trade claim",
  url: "https://example.org/kz-trade/chapters/the-tilt/#the-trade-claim",
  key: "the-tilt-the-trade-claim",
};

describe("formatCitation(target, release)", () => {
  const c = formatCitation(section, release);

  it("gives BibTeX that a BibTeX parser reads, with the section's link, the edition's year, month, date and version", () => {
    const parsed = parseBibtex(c.bibtex);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    const fields = parsed.entries[0]!.fields;
    expect(fields.url).toBe(section.url);
    expect(fields.year).toBe("2027");
    expect(fields.month).toBe("3");
    expect(fields.note).toBe("Version 1.2.3, 9 March 2027");
    expect(fields.title).toBe("Chapter 1: China tilts the balance: The trade claim");
  });

  it("gives CSL-JSON with the section's link, the edition's full date and version", () => {
    const [item] = JSON.parse(c.cslJson) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: "webpage",
      URL: section.url,
      issued: { "date-parts": [[2027, 3, 9]] },
      version: "1.2.3",
      title: "Chapter 1: China tilts the balance: The trade claim",
    });
  });

  it.each([
    [
      "apa",
      "Kazakhstan’s trade tilt. (2027, March 9). Chapter 1: China tilts the balance: The trade claim [Version 1.2.3]. https://example.org/kz-trade/chapters/the-tilt/#the-trade-claim",
    ],
    [
      "chicago",
      "Kazakhstan’s trade tilt. “Chapter 1: China tilts the balance: The trade claim.” Version 1.2.3, March 9, 2027. https://example.org/kz-trade/chapters/the-tilt/#the-trade-claim.",
    ],
    [
      "mla",
      "“Chapter 1: China tilts the balance: The trade claim.” Kazakhstan’s trade tilt, version 1.2.3, 9 Mar. 2027, example.org/kz-trade/chapters/the-tilt/#the-trade-claim.",
    ],
  ] as const)("gives %s as the style sets it out", (style, expected) => {
    expect(c[style]).toBe(expected);
  });

  it("cites a whole chapter by its headline and its page", () => {
    const chapter = formatCitation({ chapter: "Chapter 2", url: "https://example.org/chapters/two/", key: "two" }, release);
    expect(JSON.parse(chapter.cslJson)[0]).toMatchObject({ title: "Chapter 2", URL: "https://example.org/chapters/two/" });
    expect(chapter.mla).toContain("“Chapter 2.”");
  });
});

describe("formatCitation in a translated edition", () => {
  const kk = formatCitation(
    {
      chapter: "3-тарау: Қазір қандай жағдай",
      section: "Бұл деректер нені айта алмайды",
      url: "https://example.org/kk/chapters/where-things-stand/#what-these-data-cannot-say",
      key: "x",
    },
    release,
    "kk",
  );

  it("keeps the title's Kazakh letters in BibTeX (Citation.js escapes non-ASCII to LaTeX and drops Cyrillic by default)", () => {
    const parsed = parseBibtex(kk.bibtex);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]!.fields.title).toBe("3-тарау: Қазір қандай жағдай: Бұл деректер нені айта алмайды");
    expect(parsed.entries[0]!.fields.note).toBe("1.2.3 нұсқасы, 2027 ж. 9 наурыз");
  });

  it("names the site, the version and the date in the edition's words, and its language in CSL", () => {
    for (const style of ["apa", "chicago", "mla"] as const) {
      expect(kk[style]).toContain("Қазақстан саудасының бет бұрысы");
      expect(kk[style]).toContain("1.2.3 нұсқасы");
      expect(kk[style]).not.toMatch(/Version|March|Mar\./);
    }
    expect(JSON.parse(kk.cslJson)[0]).toMatchObject({ language: "kk", author: [{ literal: "Қазақстан саудасының бет бұрысы" }] });
    // English stays as it was, after a translated edition was cited.
    expect(formatCitation(section, release).bibtex).toContain("Version 1.2.3, 9 March 2027");
  });
});

describe("parseRelease(package.json fields)", () => {
  it("reads version and releaseDate", () => {
    expect(parseRelease({ version: "0.1.0", releaseDate: "2026-12-01" })).toEqual({ version: "0.1.0", date: "2026-12-01" });
  });
  it.each([
    [{ version: "0.1", releaseDate: "2026-12-01" }, /"version"/],
    [{ version: "0.1.0" }, /"releaseDate"/],
    [{ version: "0.1.0", releaseDate: "1 Dec 2026" }, /"releaseDate"/],
  ])("refuses %j", (fields, message) => {
    expect(() => parseRelease(fields)).toThrow(message);
  });
});
