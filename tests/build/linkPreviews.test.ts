import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { BASE, DIST, distFiles, distPages } from "./distPages.ts";

// The 404 pages (the site's, and each translated edition's /ru/404.html) are served at whatever address was missing,
// so they have no address of their own to preview.
const isNotFound = (path: string) => /^([a-z]{2,3}\/)?404\.html$/.test(path);
/** An embed page, in any edition: embed/..., ru/embed/... */
const isEmbed = (path: string) => /^([a-z]{2,3}\/)?embed\//.test(path);
const pages = distPages()
  .filter((p) => !isNotFound(p.path))
  .map((p) => ({ ...p, root: parse(p.html) }));
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
    if (!isEmbed(path)) expect(canonical).toBe(ownUrl);
    for (const key of ["og:title", "og:description", "og:url", "og:image", "og:type", "twitter:card", "twitter:image"]) {
      expect(meta(root, key), `${path} ${key}`).toBeTruthy();
    }
    expect(meta(root, "twitter:card")).toBe("summary_large_image");
  });

  it("an embed names the chapter that shows its chart state as canonical (else itself), and is not kept out of search", () => {
    const embeds = pages.filter((p) => isEmbed(p.path));
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

  it("the 404 pages name no canonical address and ask not to be indexed", () => {
    for (const page of distPages().filter((p) => isNotFound(p.path))) {
      const root = parse(page.html);
      expect(root.querySelector('link[rel="canonical"]'), page.path).toBeNull();
      expect(meta(root, "og:url"), page.path).toBeUndefined();
      expect(meta(root, "robots"), page.path).toBe("noindex");
    }
  });

  it("every card a page names exists and is a 1200x630 PNG drawn at build time, in the page's edition", () => {
    // Each edition's cards are its own (/ru/social/...): read the file the page names, under the base.
    const images = new Set(pages.map((p) => new URL(meta(p.root, "og:image")!).pathname.slice(BASE.length)));
    expect(images.size).toBeGreaterThan(5);
    for (const image of images) {
      expect(pngSize(`${DIST}/${image}`), image).toEqual({ width: 1200, height: 630 });
    }
    // A translated page previews its edition's own card (/ru/social/...), drawn in its words.
    for (const page of pages.filter((p) => /^[a-z]{2,3}\//.test(p.path) && !p.path.startsWith("embed/"))) {
      const folder = page.path.split("/")[0]!;
      if (["chapters", "data", "social"].includes(folder)) continue;
      expect(new URL(meta(page.root, "og:image")!).pathname.slice(BASE.length), page.path).toMatch(new RegExp(`^${folder}/social/`));
    }
  });

  it("an embed of a reporter's view previews that view, not Kazakhstan's figures", () => {
    const views = pages.filter((p) => /^([a-z]{2,3}\/)?embed\/[^/]+\/[^/]+\/(china|russia|both)\/index\.html$/.test(p.path));
    expect(views.length).toBeGreaterThan(0);
    for (const { path, root } of views) {
      const [chart, state, reporter] = path.replace(/^([a-z]{2,3}\/)?embed\//, "").split("/");
      expect(new URL(meta(root, "og:image")!).pathname, path).toMatch(new RegExp(`/social/chart-${chart}-${state}-${reporter}\\.png$`));
    }
  });

  // The card's alt text says what the card shows (audit 15 found "Chart: " and the page's title, over a different chart):
  // an embed's card draws its chart, a chapter's its first chart, the front page's the chart on it, and every other
  // page the front page's card. The site's card is drawn from the front page's chart (it drew the GDP chart).
  const chartTitle = (root: ReturnType<typeof parse>) => root.querySelector(".chart-title")?.textContent.replace(/\s+/g, " ").trim();
  const front = (path: string) => pages.find((p) => p.path === `${/^([a-z]{2,3}\/)?/.exec(path)![0]}index.html`)!;
  it.each(pages.map((p) => [p.path, p.root] as const))("%s describes its card by the chart the card draws", (path, root) => {
    const alt = meta(root, "og:image:alt")!.replace(/\s+/g, " ");
    expect(meta(root, "twitter:image:alt")).toBe(meta(root, "og:image:alt"));
    const ownChart = isEmbed(path) || /^([a-z]{2,3}\/)?(chapters\/[^/]+\/)?index\.html$/.test(path);
    const title = chartTitle(ownChart ? root : front(path).root);
    expect(title, path).toBeTruthy();
    expect(alt).toContain(title);
    // A chapter's card is headed with the chapter's title, and its alt text says so.
    if (/chapters\//.test(path) && !isEmbed(path)) expect(alt).toContain(meta(root, "og:title")!.split(" · ")[0]!.replace(/\s+/g, " "));
  });

  it("each chapter and each chart state has its own card", () => {
    const cards = distFiles().filter((f) => f.startsWith("social/"));
    for (const chapter of pages.filter((p) => p.path.startsWith("chapters/"))) {
      expect(cards).toContain(`social/chapter-${chapter.path.split("/")[1]}.png`);
    }
    for (const embed of pages.filter((p) => p.path.startsWith("embed/") && p.path.split("/").length === 4)) {
      const [, chart, state] = embed.path.split("/");
      expect(cards).toContain(`social/chart-${chart}-${state}.png`);
    }
  });
});

describe("discovery", () => {
  const sitemap = readFileSync(`${DIST}/sitemap.xml`, "utf8");
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  it("sitemap.xml lists every readable page and no embed", () => {
    const readable = pages.filter((p) => !isEmbed(p.path));
    expect(listed.length).toBe(readable.length);
    expect(listed.some((path) => path.includes("/embed/"))).toBe(false);
  });

  it("robots.txt allows crawling and points at the sitemap", () => {
    const robots = readFileSync(`${DIST}/robots.txt`, "utf8");
    expect(robots).toMatch(/User-agent: \*/);
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });
});
