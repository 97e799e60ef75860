import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/**
 * The language switch between editions. Needs a build with a published translation, e.g. the fixture:
 *   node tests/fixtures/editions/makeFixtureEdition.ts /tmp/editions-fixture ru
 *   EDITIONS_ROOT=/tmp/editions-fixture npm run build:local -- --outDir dist-editions
 *   DIST=dist-editions E2E_PORT=4420 npx playwright test tests/e2e/editions.spec.ts --project=phone
 * On an English-only build (both translations drafts) it checks there is no switch at all.
 */
const DIST = process.env.DIST ?? "dist";
// The build's folders do not include the base path.
const hasRussian = existsSync(join(DIST, "ru", "index.html"));

test.describe("editions", () => {
  test("an English-only build has no language switch and no alternates", async ({ page }) => {
    test.skip(hasRussian, "this build has a published translation");
    await page.goto("chapters/the-tilt/");
    await expect(page.locator(".edition-switch")).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  });

  test.describe("with a published translation", () => {
    test.skip(!hasRussian, "needs a build with a published translation (see the top of this file)");

    test("the switch keeps the reader's step and reporter", async ({ page }) => {
      await page.goto("chapters/the-reassurance/?reporter=china#turnover-2017");
      await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
      await expect(page).toHaveURL(/\/ru\/chapters\/the-reassurance\/\?reporter=china#turnover-2017$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      // And back, from the Russian page, to the same step in English.
      await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
      await expect(page).toHaveURL(/\/chapters\/the-reassurance\/\?reporter=china#turnover-2017$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });

    test("without scripts the switch opens the same page in the other edition", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto("ru/about/");
      const english = page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" });
      await expect(english).toHaveAttribute("hreflang", "en");
      await english.click();
      await expect(page).toHaveURL(/\/about\/$/);
      await expect(page.locator("h1")).toBeVisible();
      await context.close();
    });

    test("every edition of a page lists the same reciprocal alternates, English as x-default", async ({ page }) => {
      const alternates = async (path: string) => {
        await page.goto(path);
        return page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((l) => `${l.getAttribute("hreflang")} ${new URL(l.getAttribute("href")!).pathname}`));
      };
      const en = await alternates("chapters/the-tilt/");
      expect(en).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^en \/.*chapters\/the-tilt\/$/),
          expect.stringMatching(/^ru \/.*ru\/chapters\/the-tilt\/$/),
          expect.stringMatching(/^x-default \/.*chapters\/the-tilt\/$/),
        ]),
      );
      expect(await alternates("ru/chapters/the-tilt/")).toEqual(en);
    });

    test("a deep link to a step works in the translation, with the English ids", async ({ page }) => {
      await page.goto("ru/chapters/the-tilt/#what-each-side-wanted");
      await expect(page.locator("#what-each-side-wanted")).toBeInViewport();
      await expect(page.locator(".translation-notice")).toContainText("0.2.0");
    });

    test("the page scripts write the edition's words: Present button, copy links, embed box, citation copy buttons", async ({
      page,
      context,
    }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.goto("ru/chapters/the-tilt/");
      await expect(page.locator(".presenter-toggle")).toHaveText(/^Показать как слайды\s*P$/);
      const step = page.locator("[data-step][id]").first();
      await expect(step.locator("button.copy-link")).toHaveAttribute("aria-label", /^Копировать ссылку на шаг «.+»$/);
      await expect(page.locator("article h2[id] button.copy-link").first()).toHaveAttribute(
        "aria-label",
        /^Копировать ссылку на раздел «.+»$/,
      );
      const embed = page.locator("[data-scrolly] details.chart-embed").first();
      await expect(embed.locator("summary")).toHaveText("Встроить");
      await expect(embed.locator("textarea.embed-code")).toHaveValue(/src="http[^"]+\/ru\/embed\//);
      await step.locator("button.copy-link").click();
      await expect(page.locator("#copy-status")).toHaveText("Ссылка скопирована");
      const cite = page.locator(".cite-chapter .cite-copy").first();
      await expect(cite).toHaveText("Копировать");
      await expect(cite).toHaveAttribute("aria-label", /^Копировать ссылку в формате \S+$/);
    });

    test("a missing address under /ru/ gets the Russian 404 page", async ({ page }) => {
      const response = await page.goto("ru/chapters/no-such-chapter/");
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      await expect(page.locator("h1")).toHaveText("Страница не найдена");
    });
  });
});
