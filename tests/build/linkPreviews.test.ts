import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { BASE, DIST, distFiles, distPages } from "./distPages.ts";

// The 404 page is served at whatever address was missing, so it has no address of its own to preview.
const pages = distPages()
  .filter((p) => p.path !== "404.html")
  .map((p) => ({ ...p, root: parse(p.html) }));
/** A page's path inside its edition: "embed/..." for ru/embed/... (every edition has the same pages). */
const inEdition = (path: string) => path.replace(/^(ru|kk)\//, "");
/** The edition prefix of a page's path: "" for English, "ru/" for Russian. */
const prefixOf = (path: string) => /^(ru|kk)\//.exec(path)?.[0] ?? "";
const meta = (root: ReturnType<typeof parse>, key: string) =>
  root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("link previews", () => {
  it.each(pages.map((p) => [p.path, p.root] as const))("%s has a canonical URL, Open Graph and Twitter card tags", (path, root) => {
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute("href");
    const ownUrl = meta(root, "og:url");
    expect(canonical).toMatch(/^https?:\/\//);
    expect(ownUrl).toMatch(/^https?:\/\//);
    expect(
      new URL(ownUrl!).pathname
        .replace(/\/$/, "/index.html")
        .replace(/^\/(.*)$/, "$1")
        .replace(/^$/, "index.html"),
    ).toContain(path.replace(/index\.html$/, ""));
    // An embed is a chart cut out of a chapter: the chapter is its canonical page. Every other page is its own.
    if (!inEdition(path).startsWith("embed/")) expect(canonical).toBe(ownUrl);
    for (const key of ["og:title", "og:description", "og:url", "og:image", "og:type", "twitter:card", "twitter:image"]) {
      expect(meta(root, key), `${path} ${key}`).toBeTruthy();
    }
    expect(meta(root, "twitter:card")).toBe("summary_large_image");
  });

  it("an embed names the chapter that shows its chart state as canonical (else itself), and is not kept out of search", () => {
    const embeds = pages.filter((p) => inEdition(p.path).startsWith("embed/"));
    const inStory = embeds.filter((p) =>
      // A reporter's embed links back to the step under that reporter (?reporter=china#step).
      /\/chapters\/[a-z0-9-]+\/(\?reporter=[a-z]+)?#[a-z0-9-]+$/.test(p.root.querySelector(".embed-back a")!.getAttribute("href")!),
    );
    expect(inStory.length).toBeGreaterThan(embeds.length / 2);
    for (const { path, root } of embeds) {
      const story = root.querySelector(".embed-back a")!.getAttribute("href")!;
      const canonical = new URL(root.querySelector('link[rel="canonical"]')!.getAttribute("href")!);
      expect(canonical.pathname, path).toBe(
        inStory.some((p) => p.path === path) ? story.split(/[?#]/)[0] : new URL(meta(root, "og:url")!).pathname,
      );
      expect(canonical.hash, path).toBe("");
      expect(meta(root, "robots"), path).toBeUndefined();
    }
  });

  it("the 404 page names no canonical address and asks not to be indexed", () => {
    const root = parse(distPages().find((p) => p.path === "404.html")!.html);
    expect(root.querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta(root, "og:url")).toBeUndefined();
    expect(meta(root, "robots")).toBe("noindex");
  });

  it("every card a page names exists and is a 1200x630 PNG drawn at build time", () => {
    // Each edition's cards are its own (/ru/social/...): read the file the page names, under the base.
    const images = new Set(pages.map((p) => new URL(meta(p.root, "og:image")!).pathname.slice(BASE.length)));
    expect(images.size).toBeGreaterThan(5);
    for (const image of images) {
      expect(image, image).toMatch(/^((ru|kk)\/)?social\//);
      expect(pngSize(`${DIST}/${image}`), image).toEqual({ width: 1200, height: 630 });
    }
  });

  it("each chapter and each chart state has its own card", () => {
    const cards = distFiles().filter((f) => /^((ru|kk)\/)?social\//.test(f));
    // In every edition: a translated page's card carries the edition's words, so it is the edition's own file.
    const named = (p: (typeof pages)[number]) => new URL(meta(p.root, "og:image")!).pathname.slice(BASE.length);
    for (const chapter of pages.filter((p) => inEdition(p.path).startsWith("chapters/"))) {
      const card = `${prefixOf(chapter.path)}social/chapter-${inEdition(chapter.path).split("/")[1]}.png`;
      expect(cards).toContain(card);
      expect(named(chapter), chapter.path).toBe(card);
    }
    const missing: string[] = [];
    for (const embed of pages.filter((p) => inEdition(p.path).startsWith("embed/"))) {
      const [, chart, state] = inEdition(embed.path).split("/");
      const card = `${prefixOf(embed.path)}social/chart-${chart}-${state}.png`;
      if (!cards.includes(card) || named(embed) !== card) missing.push(`${embed.path} names ${named(embed)}, not ${card}`);
    }
    expect(missing).toEqual([]);
  });
});

describe("discovery", () => {
  const sitemap = readFileSync(`${DIST}/sitemap.xml`, "utf8");
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  it("sitemap.xml lists every readable page and no embed", () => {
    const readable = pages.filter((p) => !inEdition(p.path).startsWith("embed/"));
    expect(listed.length).toBe(readable.length);
    expect(listed.some((path) => path.includes("/embed/"))).toBe(false);
  });

  it("robots.txt allows crawling and points at the sitemap", () => {
    const robots = readFileSync(`${DIST}/robots.txt`, "utf8");
    expect(robots).toMatch(/User-agent: \*/);
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });
});
