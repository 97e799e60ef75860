import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { distPages } from "./distPages.ts";

const pages = distPages();
// Every edition's chapters: /chapters/..., /ru/chapters/..., /kk/chapters/...
const chapterPages = pages.filter((p) => /^((ru|kk)\/)?chapters\//.test(p.path));

describe("built pages", () => {
  it("include the landing page, three chapters, the claims ledger, glossary, methods and about", () => {
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        "index.html",
        "chapters/the-tilt/index.html",
        "chapters/the-reassurance/index.html",
        "chapters/where-things-stand/index.html",
        "claims/index.html",
        "glossary/index.html",
        "methods/index.html",
        "about/index.html",
      ]),
    );
  });

  it.each(pages.map((p) => [p.path, p.html]))("%s has a language, a title, a description and one h1", (path, html) => {
    // A translated edition's pages (/ru/, /kk/) are in its language; every other page is English.
    expect(html).toMatch(new RegExp(`<html lang="${/^(ru|kk)\//.exec(path)?.[1] ?? "en"}"`));
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it.each(chapterPages.map((p) => [p.path, p.html]))("%s inlines each chart as SVG, and each step its own state", (_path, html) => {
    const root = parse(html);
    for (const figure of root.querySelectorAll("[data-scrolly] figure[data-chart]")) {
      const svg = figure.querySelector(".chart-plot svg");
      expect(svg?.getAttribute("role")).toBe("img");
      expect(svg?.querySelectorAll("[data-key]").length).toBeGreaterThan(10);
    }
    for (const step of root.querySelectorAll("[data-step]")) {
      const svg = step.querySelector(".step-chart svg");
      expect(svg, step.id).not.toBeNull();
      expect(svg?.getAttribute("aria-label"), step.id).toMatch(/\w/);
    }
  });
});

describe("lists of terms", () => {
  // Two sources of one IMF release read as the same heading twice until each said whose figures it holds.
  it.each(pages.map((p) => [p.path, p.html]))("%s names each term of a list once", (_path, html) => {
    for (const list of parse(html).querySelectorAll("dl")) {
      const terms = list.querySelectorAll(":scope > dt").map((dt) => dt.textContent.replace(/\s+/g, " ").trim());
      expect(terms.filter((term, i) => terms.indexOf(term) !== i)).toEqual([]);
    }
  });
});

describe("full stops", () => {
  // "14,2 млрд долл.." and "2 декабря 2026 г..": an abbreviation's stop ends the sentence too (src/integrations/figureStops.ts).
  it.each(pages.map((p) => [p.path, p.html]))("%s never doubles a full stop", (_path, html) => {
    const body = parse(html).querySelector("body")!;
    for (const skip of body.querySelectorAll("script, style, pre, code")) skip.remove();
    const doubled = [...body.textContent.matchAll(/.{0,30}[^.]\.\.(?!\.).{0,10}/gs)].map((m) => m[0].replace(/\s+/g, " "));
    expect(doubled).toEqual([]);
  });
});

describe("embeds of what the articles report or quote", () => {
  // An embed may be all a reader sees of the site: it links the articles it draws or quotes (audits 14 and 15 found
  // embeds that did not). An English embed that names an article in its own words is one of them, and so are its twins.
  const ARTICLES: Record<string, string> = {
    "2015": "https://chinabystander.wordpress.com/",
    "2018": "http://vestnikkavkaza.net/analysis/China-seeks-economic-union-with-Kazakhstan-and-Russia.html",
  };
  const ownText = (html: string) => {
    const body = parse(html).querySelector("body")!;
    for (const skip of body.querySelectorAll(".embed-articles, script, style")) skip.remove();
    return body.textContent;
  };
  const english = pages.filter((p) => p.path.startsWith("embed/"));
  const quoting = english.flatMap((p) => {
    // The deals and routes charts draw what both articles report; any other embed counts if its words name an article.
    const drawn = /^embed\/(deals-timeline|routes-map)\//.test(p.path) ? ["2015", "2018"] : [];
    const named = [...ownText(p.html).matchAll(/the (2015|2018) article/g)].map((m) => m[1]!);
    const years = [...new Set([...drawn, ...named])].sort();
    return years.length ? [{ path: p.path, years }] : [];
  });
  const cases = quoting.flatMap(({ path, years }) =>
    ["", "ru/", "kk/"].map((prefix) => [`${prefix}${path}`, years, pages.find((p) => p.path === `${prefix}${path}`)!.html] as const),
  );
  it.each(cases)("%s links the articles it draws or quotes (%j), and says where an address is not known", (_path, years, html) => {
    const box = parse(html).querySelector(".embed-articles");
    expect(box?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(years.map((y) => ARTICLES[y]));
    if (years.includes("2015"))
      expect(box!.textContent).toMatch(/address is not known|адрес самой записи неизвестен|өз мекенжайы белгісіз/);
  });
  it('finds the deals and routes embeds, and the partner-shares states that draw the "one-fifth" line', () => {
    const paths = quoting.map((q) => q.path);
    expect(paths.filter((p) => /deals-timeline|routes-map/.test(p))).toHaveLength(6);
    expect(paths.filter((p) => p.includes("partner-shares/"))).toEqual(
      expect.arrayContaining(["embed/partner-shares/moment-2013/index.html", "embed/partner-shares/mirror-2013/index.html"]),
    );
  });
});
