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

describe("embeds of what the articles report", () => {
  // An embed may be all a reader sees of the site: it links the articles it quotes (audit 14 found none did).
  const embeds = pages.filter((p) => /^((ru|kk)\/)?embed\/(deals-timeline|routes-map)\//.test(p.path));
  it.each(embeds.map((p) => [p.path, p.html]))(
    "%s links both articles, and says the 2015 post's own address is not known",
    (_path, html) => {
      const links = parse(html)
        .querySelectorAll(".embed-articles a")
        .map((a) => a.getAttribute("href"));
      expect(links).toEqual([
        "https://chinabystander.wordpress.com/",
        "http://vestnikkavkaza.net/analysis/China-seeks-economic-union-with-Kazakhstan-and-Russia.html",
      ]);
      expect(parse(html).querySelector(".embed-articles")!.textContent).toMatch(
        /address is not known|адрес самой записи неизвестен|өз мекенжайы белгісіз/,
      );
    },
  );
  it("covers every state of both charts in every edition", () => expect(embeds.length).toBe(3 * (3 + 3)));
});
