import { readFileSync } from "node:fs";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { BASE, distPages } from "./distPages.ts";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string; releaseDate: string };
const [year, month, day] = pkg.releaseDate.split("-").map(Number) as [number, number, number];
const SITE = process.env.SITE_URL || "http://localhost:4321";
const chapters = distPages().filter((p) => /^chapters\/[^/]+\/index\.html$/.test(p.path));

/** The text of a citation block's format, as a reader would copy it. */
function format(block: HTMLElement, name: string): string {
  const dt = block.querySelectorAll("dt").find((d) => d.text === name);
  expect(dt, `a ${name} entry`).toBeDefined();
  return (dt!.nextElementSibling as HTMLElement).text.trim();
}

/** Checks one citation block names `url` and this edition in every format. */
function expectCitation(block: HTMLElement, url: string): void {
  const bib = parseBibtex(format(block, "BibTeX"));
  expect(bib.errors).toEqual([]);
  expect(bib.entries).toHaveLength(1);
  const fields = bib.entries[0]!.fields;
  expect(fields.url).toBe(url);
  expect([fields.year, fields.month]).toEqual([String(year), String(month)]);
  expect(fields.note).toContain(pkg.version);

  const csl = JSON.parse(format(block, "CSL-JSON")) as { URL: string; issued: { "date-parts": number[][] }; version: string }[];
  expect(csl).toHaveLength(1);
  expect(csl[0]!.URL).toBe(url);
  expect(csl[0]!.issued["date-parts"]).toEqual([[year, month, day]]);
  expect(csl[0]!.version).toBe(pkg.version);

  for (const style of ["APA", "Chicago", "MLA"]) {
    const text = format(block, style);
    expect(text).toContain(style === "MLA" ? url.replace(/^https?:\/\//, "") : url);
    expect(text).toContain(String(year));
    expect(text).toContain(pkg.version);
  }
}

describe("citations", () => {
  it("finds the three chapters", () => {
    expect(chapters).toHaveLength(3);
  });

  describe.each(chapters.map((p) => [p.path, p.html]))("%s", (path, html) => {
    // <pre> parsed as elements, not raw text, so the BibTeX and CSL-JSON read as a reader copies them.
    const doc = parse(html, { blockTextElements: { script: true, style: true } });
    const page = new URL(`${BASE}${path.replace(/index\.html$/, "")}`, SITE).href;
    const sections = doc.querySelectorAll("article h2[id]").filter((h) => h.id !== "cite-this-chapter");

    it("has a Cite control under every section heading, citing the section's own absolute link", () => {
      expect(sections.length).toBeGreaterThan(0);
      for (const heading of sections) {
        let next = heading.nextElementSibling;
        while (next && next.tagName === "UL" && next.classList.contains("correction-notes")) next = next.nextElementSibling;
        expect(next?.tagName, `Cite control after #${heading.id}`).toBe("DETAILS");
        expect(next!.querySelector("summary")!.text).toMatch(/^Cite/);
        expectCitation(next!, `${page}#${heading.id}`);
      }
    });

    it("has a Cite control for the chapter in its header, and the chapter's citation in full at its end", () => {
      expectCitation(doc.querySelector(".chapter-header details.cite")!, page);
      const end = doc.querySelector("section.cite-chapter");
      expect(end?.querySelector("details"), "shown without a disclosure to open").toBeNull();
      expectCitation(end!, page);
    });

    it("carries citation_* tags and a schema.org Article with the chapter's link, date and version", () => {
      const meta = (name: string) => doc.querySelector(`head meta[name="${name}"]`)?.getAttribute("content");
      expect(meta("citation_title")).toBe(doc.querySelector("h1")!.text.trim());
      expect(meta("citation_author")).toBeTruthy();
      expect(meta("citation_publication_date")).toBe(pkg.releaseDate.replaceAll("-", "/"));
      expect(meta("citation_public_url")).toBe(page);
      expect(meta("citation_version")).toBe(pkg.version);
      const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const article = JSON.parse(scripts[0]!.text) as Record<string, unknown>;
      expect(article).toMatchObject({ "@type": "Article", url: page, datePublished: pkg.releaseDate, version: pkg.version });
    });
  });

  // A search engine reads the chapter's language from its JSON-LD: a translated chapter is in its own (audit 19).
  const everyChapter = distPages().filter((p) => /^((ru|kk)\/)?chapters\/[^/]+\/index\.html$/.test(p.path));
  it.each(everyChapter.map((p) => [p.path, p.html]))("%s gives its JSON-LD the page's own language", (_path, html) => {
    const doc = parse(html);
    const article = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text) as { inLanguage: string };
    expect(article.inLanguage).toBe(doc.querySelector("html")!.getAttribute("lang"));
  });

  // Embed pages (in every edition: embed/, ru/embed/ ...) carry a chart alone, without the site's header and footer.
  const withFooter = distPages().filter((p) => !/^((ru|kk)\/)?embed\//.test(p.path));
  it.each(withFooter.map((p) => [p.path, p.html]))("%s names the version and release date in its footer", (path, html) => {
    const footer = parse(html).querySelector("footer.site-footer");
    expect(footer?.querySelector(`time[datetime="${pkg.releaseDate}"]`)).not.toBeNull();
    // A translated footer says "version" in its own language.
    expect(footer!.text).toContain(/^(ru|kk)\//.test(path) ? pkg.version : `Version ${pkg.version}`);
  });
});
