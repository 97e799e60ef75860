import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "node-html-parser";
import { CSV_TYPE, FRAME_ANY, FRAME_SELF } from "../../src/hosting/headerRecipes.ts";
import { sitePages } from "./builtSite.ts";
import { findNginx, startHeadersFileHost, startNginx, type RunningHost } from "./independentHost.ts";

/**
 * The built site served by servers we did not write, at the root (dist/) or under /kz-trade/
 * (dist-subpath/, `npm run test:subpath`), on ports after E2E_PORT: nginx where installed, configured by
 * the README's recipe (src/hosting/headerRecipes.ts renders both), and sirv, a static server from npm,
 * applying the build's own dist/_headers as Netlify and Cloudflare Pages do. On each, every link and asset
 * answers 200 with the right type and headers, a missing page gets the 404 page, and an embed framed by
 * another origin draws its chart while a story page framed there is refused.
 */
const DIST = process.env.DIST ?? "dist";
const BASE = process.env.BASE_PATH ?? "/";
const PORT = Number(process.env.E2E_PORT ?? 4322) + 1;
const nginx = findNginx();
const EMBED = "embed/partner-shares/long-view/";
const STORY = "chapters/the-tilt/";

/** The type each kind of file must be served as. */
const TYPES: Record<string, RegExp> = {
  html: /^text\/html/,
  css: /^text\/css/,
  js: /^(application|text)\/javascript/,
  svg: /^image\/svg\+xml/,
  png: /^image\/png$/,
  csv: new RegExp(`^${CSV_TYPE}$`, "i"),
  json: /^application\/json/,
  xml: /^(text|application)\/xml/,
  txt: /^text\/plain/,
};
const kindOf = (url: URL) => (/\.([a-z0-9]+)$/.exec(url.pathname)?.[1] ?? "html").toLowerCase();

const FRAMED = { "embed.html": EMBED, "story.html": STORY };
const HOSTS = [
  {
    name: "nginx with the README's recipe",
    skip: nginx ? undefined : "nginx is not installed here (Debian: apt-get install nginx; it need not run as a service)",
    start: () => startNginx(nginx!, DIST, BASE, PORT, PORT + 1, FRAMED),
  },
  {
    name: "sirv with the build's _headers, as Netlify and Cloudflare Pages apply it",
    skip: undefined,
    start: () => startHeadersFileHost(DIST, BASE, PORT + 2, PORT + 3, FRAMED),
  },
];

for (const server of HOSTS)
  test.describe(`served by ${server.name}`, () => {
    test.describe.configure({ mode: "serial" });
    test.skip(!!server.skip, server.skip);
    let host: RunningHost;
    test.beforeAll(async () => {
      host = await server.start();
    });
    test.afterAll(async () => host?.stop());

    test("every page, and every link and asset on it, answers 200 with the right type and headers", async () => {
      const seen = new Set<string>();
      const problems: string[] = [];
      const check = async (url: URL) => {
        if (seen.has(url.href)) return undefined;
        seen.add(url.href);
        const response = await fetch(url, { redirect: "manual" });
        const type = response.headers.get("content-type") ?? "(none)";
        const kind = kindOf(url);
        if (response.status !== 200) problems.push(`${url.pathname}: ${response.status}`);
        else if (!TYPES[kind]?.test(type)) problems.push(`${url.pathname}: served as ${type}`);
        const cache = response.headers.get("cache-control") ?? "";
        const policy = response.headers.get("content-security-policy") ?? "";
        if (url.pathname.includes("/_astro/") !== cache.includes("immutable")) problems.push(`${url.pathname}: Cache-Control ${cache}`);
        if (kind === "html") {
          const wanted = url.pathname.includes("/embed/") ? FRAME_ANY : FRAME_SELF;
          if (policy !== wanted) problems.push(`${url.pathname}: Content-Security-Policy "${policy}", wanted "${wanted}"`);
        }
        if (response.headers.get("x-content-type-options") !== "nosniff") problems.push(`${url.pathname}: no nosniff`);
        return kind === "html" ? response.text() : undefined;
      };
      for (const path of sitePages("all")) {
        const pageUrl = new URL(path, host.siteUrl);
        const html = await check(pageUrl);
        if (!html) continue;
        const root = parse(html);
        const targets = [
          ...root.querySelectorAll("a[href]").map((a) => a.getAttribute("href")!),
          ...root.querySelectorAll("link[href]").map((l) => l.getAttribute("href")!),
          ...root.querySelectorAll("script[src], img[src], iframe[src]").map((e) => e.getAttribute("src")!),
        ];
        for (const target of targets) {
          const url = new URL(target, pageUrl);
          url.hash = "";
          if (url.origin === pageUrl.origin) await check(url);
        }
      }
      expect(problems).toEqual([]);
      expect(seen.size).toBeGreaterThan(sitePages("all").length);
      // The crawl reached hashed assets (cached as immutable, checked above) and the CSV downloads.
      expect([...seen].some((url) => url.includes("/_astro/"))).toBe(true);
      expect([...seen].some((url) => url.endsWith(".csv"))).toBe(true);
    });

    test("a page without its trailing slash, and the base path without its slash, open", async () => {
      for (const path of [STORY.replace(/\/$/, ""), ""]) {
        const url = path ? new URL(path, host.siteUrl).href : host.siteUrl.replace(/\/$/, "") || host.siteUrl;
        const response = await fetch(url);
        expect(response.status, url).toBe(200);
        expect(await response.text()).toContain("<h1");
      }
    });

    test("a missing page answers 404 with the site's own page", async ({ page }) => {
      const response = await page.goto(new URL("no/such/page/", host.siteUrl).href);
      expect(response?.status()).toBe(404);
      await expect(page.locator("h1")).toHaveText("Page not found");
      await expect(page.locator(".site-header")).toHaveCSS("border-bottom-style", "solid");
    });

    test("a missing page in a published translation answers 404 with that edition's page (nginx)", async ({ page }) => {
      test.skip(
        !server.name.startsWith("nginx") || !existsSync(join(DIST, "ru", "404.html")),
        "needs nginx and a published Russian edition",
      );
      const response = await page.goto(new URL("ru/no/such/page/", host.siteUrl).href);
      expect(response?.status()).toBe(404);
      await expect(page.locator("h1")).toHaveText("Страница не найдена");
    });

    test("another site can frame an embed, which draws its chart, but not a story page", async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${host.otherOrigin}embed.html`);
      const embed = page.frameLocator("iframe");
      await expect(embed.locator("figure[data-chart] svg")).toBeVisible();
      expect(await embed.locator("figure[data-chart] svg path, figure[data-chart] svg rect").count()).toBeGreaterThan(3);
      await expect(embed.locator(".chart-title")).toHaveCSS("font-weight", "700");
      expect(errors).toEqual([]);

      const refused = new Promise<string>((done) => page.on("console", (m) => /frame-ancestors/.test(m.text()) && done(m.text())));
      await page.goto(`${host.otherOrigin}story.html`);
      expect(await refused).toContain(FRAME_SELF);
      await expect(page.frameLocator("iframe").locator("article.chapter")).toHaveCount(0);
    });
  });
