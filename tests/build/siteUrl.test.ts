import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { distFiles } from "./distPages.ts";
import { build, copyProject } from "./projectCopy.ts";

const WARNING = /SITE_URL is not set/g;

/** Every file of a build that contains "localhost", with the text around the first one. */
function localhostIn(dist: string): string[] {
  return distFiles(dist).flatMap((file) => {
    const text = readFileSync(join(dist, file), "latin1");
    const at = text.indexOf("localhost");
    return at < 0 ? [] : [`${file}: …${text.slice(Math.max(0, at - 60), at + 30)}…`];
  });
}

/**
 * A site built for its public address says that address wherever an absolute one is needed (canonical
 * links, link previews, sitemap, robots.txt, embed snippets) and nothing of localhost, at the root and
 * under a subpath. (A build without SITE_URL warns: see reproducible.test.ts, which builds without it.)
 */
describe("built with SITE_URL", { timeout: 300_000 }, () => {
  const copy = copyProject("kz-trade-site-url-");
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("at the root: no localhost anywhere in dist/, the public address where an absolute one is needed", async () => {
    const result = await build(copy, { SITE_URL: "https://example.org/" });
    expect(result.status, result.output).toBe(0);
    expect(result.output.match(WARNING)).toBeNull();
    const dist = join(copy, "dist");
    expect(localhostIn(dist)).toEqual([]);

    const chapter = readFileSync(join(dist, "chapters/the-tilt/index.html"), "utf8");
    expect(chapter).toContain('<link rel="canonical" href="https://example.org/chapters/the-tilt/">');
    expect(chapter).toMatch(/<meta property="og:image" content="https:\/\/example\.org\/social\/[^"]+\.png"/);
    // The embed snippet a reader without scripts can copy (on the front page; in a scrolly the script builds it for the step shown).
    expect(readFileSync(join(dist, "index.html"), "utf8")).toContain("&lt;iframe src=&quot;https://example.org/embed/");
    expect(readFileSync(join(dist, "sitemap.xml"), "utf8")).toContain("<loc>https://example.org/chapters/the-tilt/</loc>");
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain("Sitemap: https://example.org/sitemap.xml");
    // Files for the hosts: Netlify/Cloudflare headers and GitHub Pages' switch to turn Jekyll off.
    expect(distFiles(dist)).toEqual(expect.arrayContaining(["_headers", ".nojekyll"]));
    expect(readFileSync(join(dist, "_headers"), "utf8")).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors \*$/m);
  });

  it("under a subpath: no localhost, and every absolute address under it", async () => {
    const result = await build(copy, { SITE_URL: "https://example.org/kz-trade/", BASE_PATH: "/kz-trade/" });
    expect(result.status, result.output).toBe(0);
    expect(result.output.match(WARNING)).toBeNull();
    const dist = join(copy, "dist");
    expect(localhostIn(dist)).toEqual([]);

    const chapter = readFileSync(join(dist, "chapters/the-tilt/index.html"), "utf8");
    expect(chapter).toContain('<link rel="canonical" href="https://example.org/kz-trade/chapters/the-tilt/">');
    expect(readFileSync(join(dist, "index.html"), "utf8")).toContain("&lt;iframe src=&quot;https://example.org/kz-trade/embed/");
    expect(readFileSync(join(dist, "sitemap.xml"), "utf8")).toContain("<loc>https://example.org/kz-trade/chapters/the-tilt/</loc>");
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain("Sitemap: https://example.org/kz-trade/sitemap.xml");
    const headers = readFileSync(join(dist, "_headers"), "utf8");
    expect(headers).toMatch(/^\/kz-trade\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(headers).not.toMatch(/^\/(?!kz-trade\/)/m);
  });
});
