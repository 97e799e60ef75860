import { expect, test } from "@playwright/test";
import { chartFigure, collectPageErrors, readSteps } from "./chapterPage.ts";
import { chapterPages, sitePages } from "./builtSite.ts";

/**
 * The site as a static host serves it: at the root or under a subpath (the same tests run for both,
 * see playwright.config.ts), with or without the trailing slash, and with a 404 page for the rest.
 */
test.describe("on a static host", () => {
  for (const path of sitePages()) {
    const bare = path.replace(/\/$/, "");
    for (const url of new Set([path, bare])) {
      // An embed is one chart with no furniture, the same code at every width: one width opens it.
      test(
        `"${url || "/"}" opens, with working styles and scripts`,
        { tag: /^([a-z]{2,3}\/)?embed\//.test(path) ? "@once" : [] },
        async ({ page, baseURL }) => {
          const errors = collectPageErrors(page);
          const failed: string[] = [];
          page.on("requestfailed", (request) => failed.push(request.url()));
          page.on("response", (response) => {
            if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
          });
          const response = await page.goto(url === "" ? baseURL! : url);
          expect(response?.status()).toBe(200);
          await expect(page.locator("h1")).toHaveCount(1);
          // The stylesheet applied: the header rule (on embeds, which have no header, the chart title's) comes from it.
          if (/^([a-z]{2,3}\/)?embed\//.test(path)) await expect(page.locator(".chart-title")).toHaveCSS("font-weight", "700");
          else await expect(page.locator(".site-header")).toHaveCSS("border-bottom-style", "solid");
          if (path.startsWith("chapters/")) {
            // The bundled script ran: the scrolly came alive.
            await expect(page.locator("[data-scrolly]").first()).toHaveClass(/is-live/);
            const steps = await readSteps(page);
            await page.goto(`${url}#${steps.at(-1)!.id}`);
            await expect(chartFigure(page, steps.at(-1)!.id)).toHaveAttribute("data-state", steps.at(-1)!.state);
          }
          expect(failed).toEqual([]);
          expect(errors).toEqual([]);
        },
      );
    }
  }

  test("the base path without its trailing slash opens the front page", async ({ page, baseURL }) => {
    const bare = baseURL!.replace(/\/$/, "");
    test.skip(new URL(baseURL!).pathname === "/", "at the root there is no subpath to leave the slash off");
    const response = await page.goto(bare);
    expect(response?.status()).toBe(200);
    await expect(page.locator(".chapter-list a").first()).toBeVisible();
  });

  test("every chapter is linked from the front page, under the base path", async ({ page, baseURL }) => {
    await page.goto(baseURL!);
    for (const chapter of chapterPages()) {
      const link = page.locator(`a[href="${new URL(chapter, baseURL).pathname}"]`);
      await expect(link).toHaveCount(1);
    }
    const first = page.locator(".chapter-list a").first();
    const href = (await first.getAttribute("href"))!;
    expect(chapterPages().map((chapter) => new URL(chapter, baseURL).pathname)).toContain(href);
    await first.click();
    await expect(page).toHaveURL(new URL(href, baseURL).href);
    await page.locator(".site-name").click();
    await expect(page).toHaveURL(baseURL!);
  });

  test("a missing page answers 404 with the site's own page, whose links work", async ({ page, baseURL }) => {
    const errors = collectPageErrors(page);
    const missing: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) missing.push(response.url());
    });
    const response = await page.goto("no/such/page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");
    await expect(page.locator(".site-header")).toHaveCSS("border-bottom-style", "solid");
    await page.getByRole("link", { name: "front page" }).click();
    await expect(page).toHaveURL(baseURL!);
    await expect(page.locator("h1")).toHaveCount(1);
    // The page itself is the one 404 (the browser logs it as an error); all it loads is found.
    expect(missing).toEqual([new URL("no/such/page/", baseURL).href]);
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    expect(errors.filter((e) => /status of 404/.test(e))).toHaveLength(1);
  });
});
