import { describe, expect, it } from "vitest";
import { distPages } from "./distPages.ts";

describe("built pages", () => {
  const pages = distPages();

  it("include the landing page and chapter 1", () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(["index.html", "chapters/the-tilt/index.html"]));
  });

  it.each(distPages().map((p) => [p.path, p.html]))("%s has a language, a title, a description and one h1", (_path, html) => {
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it("inlines every chart as SVG with its state, so it reads without scripts", () => {
    const chapter = pages.find((p) => p.path === "chapters/the-tilt/index.html")!.html;
    expect(chapter).toMatch(/<figure class="chart" data-chart="partner-shares" data-state="long-view"/);
    expect(chapter).toMatch(/<svg[^>]*role="img"/);
    expect(chapter.match(/<path data-key="line-/g)).toHaveLength(4);
  });
});
