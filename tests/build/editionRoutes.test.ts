import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { editionCodes, editions } from "../../src/i18n/editions.ts";
import { BASE, DIST, distPages } from "./distPages.ts";

/**
 * How the editions hang together, read from the built pages: every English page exists in every published
 * translation of the build (none while they are drafts: then no page lists alternates or a switch), each page's
 * hreflang alternates name the same page in every edition with English as x-default and are reciprocal (every
 * alternate lists the same set back), its canonical address is in its own edition, its language switch links the
 * same page in every edition, and a chapter's steps and section headings have the same ids and chart states in
 * every edition, so a deep link such as #the-2013-moment works in each.
 */
const translations = editionCodes.filter((code) => code !== "en" && existsSync(join(DIST, code, "index.html"))).map((c) => editions[c]);
const all = [editions.en, ...translations];
const pages = distPages().filter((p) => p.path.endsWith("index.html"));
const editionOf = (path: string) => translations.find((e) => path.startsWith(e.prefix)) ?? editions.en;
/** A page's path inside its edition: "chapters/the-tilt/" for ru/chapters/the-tilt/index.html. */
const pagePath = (path: string) => path.slice(editionOf(path).prefix.length).replace(/index\.html$/, "");
const byPath = new Map(pages.map((p) => [p.path, parse(p.html)]));
const englishPages = pages.filter((p) => editionOf(p.path) === editions.en).map((p) => pagePath(p.path));

/** The address (path under the base) of a page of an edition. */
const addressOf = (edition: (typeof all)[number], page: string) => `${BASE}${edition.prefix}${page}`;
/** The built file an address under the base leads to. */
const fileOf = (pathname: string) => `${pathname.slice(BASE.length)}index.html`;

function alternatesOf(path: string): string[] {
  return byPath
    .get(path)!
    .querySelectorAll('link[rel="alternate"][hreflang]')
    .map((l) => `${l.getAttribute("hreflang")} ${new URL(l.getAttribute("href")!).pathname}`)
    .sort();
}

describe("editions in the build", () => {
  it(`are found: ${all.map((e) => e.code).join(", ")}`, () => {
    expect(pages.some((p) => p.path === "index.html")).toBe(true);
  });

  it.each(translations.map((e) => [e.code, e] as const))("%s holds every page the English site has, and no other", (_code, edition) => {
    const own = pages.filter((p) => editionOf(p.path) === edition).map((p) => pagePath(p.path));
    expect({ missing: englishPages.filter((p) => !own.includes(p)), extra: own.filter((p) => !englishPages.includes(p)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(pages.map((p) => [p.path] as const))("%s: its alternates and canonical address are its own edition's, and reciprocal", (path) => {
    const root = byPath.get(path)!;
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute("href");
    const own = editionOf(path);
    if (canonical) expect(editionOf(new URL(canonical).pathname.slice(BASE.length)), `canonical ${canonical}`).toBe(own);
    const alternates = alternatesOf(path);
    const page = pagePath(path);
    const namesAnother = canonical !== undefined && new URL(canonical).pathname !== addressOf(own, page);
    if (translations.length === 0 || namesAnother) {
      // English alone has nothing to alternate with; a page whose canonical is another (an embed names its
      // chapter) leaves the alternates to that page.
      expect(alternates).toEqual([]);
      return;
    }
    expect(alternates).toEqual([...all.map((e) => `${e.lang} ${addressOf(e, page)}`), `x-default ${addressOf(editions.en, page)}`].sort());
    for (const alternate of alternates) {
      const file = fileOf(alternate.split(" ")[1]!);
      expect(byPath.has(file), `${alternate} is a built page`).toBe(true);
      expect(alternatesOf(file), `${file} lists the same alternates back`).toEqual(alternates);
    }
  });

  it.each(pages.map((p) => [p.path] as const))("%s: the language switch opens this page in every edition", (path) => {
    const links = byPath
      .get(path)!
      .querySelectorAll(".edition-switch a")
      .map((a) => `${a.getAttribute("lang")} ${a.getAttribute("href")}${a.getAttribute("aria-current") === "page" ? " (here)" : ""}`);
    const embed = pagePath(path).startsWith("embed/");
    if (translations.length === 0 || embed) {
      expect(links).toEqual([]);
      return;
    }
    const page = pagePath(path);
    expect(links).toEqual(all.map((e) => `${e.lang} ${addressOf(e, page)}${e === editionOf(path) ? " (here)" : ""}`));
  });

  const chapters = pages.filter((p) => editionOf(p.path) !== editions.en && pagePath(p.path).startsWith("chapters/"));
  const places = (path: string) => {
    const root = byPath.get(path)!;
    return {
      steps: root.querySelectorAll("[data-scrolly] [data-step]").map((s) => `${s.id} ${s.getAttribute("data-state")}`),
      sections: root.querySelectorAll("article h2[id]").map((h) => h.id),
      charts: root.querySelectorAll("figure[data-chart]").map((f) => f.getAttribute("data-chart")),
    };
  };
  it.each(chapters.map((p) => [p.path] as const))("%s has the English chapter's step and section ids, chart states and charts", (path) => {
    const english = places(`${pagePath(path)}index.html`);
    expect(english.steps.length).toBeGreaterThan(0);
    expect(places(path)).toEqual(english);
  });
});
