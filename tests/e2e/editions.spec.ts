import { expect, test, type Page } from "@playwright/test";
import { chartFigure, expectChartState, readSteps } from "./chapterPage.ts";
import { TRANSLATIONS } from "./sitePages.ts";

/**
 * The language switch between editions, for every translation the build holds (found in the build: none while
 * the translations are drafts, when it checks there is no switch at all). The hreflang alternates, canonical
 * addresses and every page's switch links are checked on every built page by tests/build/editionRoutes.test.ts;
 * each translated page's own checks are in editionPages.spec.ts. To try it before a translation is published:
 *   node tests/fixtures/editions/makeFixtureEdition.ts /tmp/editions-fixture ru
 *   EDITIONS_ROOT=/tmp/editions-fixture npm run build:local -- --outDir dist-editions
 *   DIST=dist-editions E2E_PORT=4420 npx playwright test tests/e2e/editions.spec.ts --project=phone
 */
const switchLink = (page: Page, lang: string) => page.locator(`.edition-switch a[lang="${lang}"]`);

test.describe("editions", () => {
  test("an English-only build has no language switch and no alternates", async ({ page }) => {
    test.skip(TRANSLATIONS.length > 0, "this build has a published translation");
    await page.goto("chapters/the-tilt/");
    await expect(page.locator(".edition-switch")).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  });

  for (const edition of TRANSLATIONS) {
    test.describe(`${edition.name} (/${edition.prefix})`, () => {
      test("the switch keeps the reader's step and reporter, there and back", async ({ page }) => {
        await page.goto("chapters/the-reassurance/?reporter=china#turnover-2017");
        await switchLink(page, edition.lang).click();
        await expect(page).toHaveURL(new RegExp(`/${edition.prefix}chapters/the-reassurance/\\?reporter=china#turnover-2017$`));
        await expect(page.locator("html")).toHaveAttribute("lang", edition.lang);
        await expect(page.locator("#turnover-2017")).toBeInViewport();
        await expect(chartFigure(page, "turnover-2017")).toHaveAttribute("data-reporter", "china");
        // And back, from the translation, to the same step in English.
        await switchLink(page, "en").click();
        await expect(page).toHaveURL(/\/chapters\/the-reassurance\/\?reporter=china#turnover-2017$/);
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
      });

      test("the switch keeps the step the reader moved to on the page, not the one the page opened at", async ({ page }) => {
        await page.goto(`${edition.prefix}chapters/the-tilt/`);
        const steps = await readSteps(page);
        // Opened at the first step by its link, then moved on to the fourth by a link inside the page (the address
        // changes, the page does not reload): the switch must take the step read now, not the one opened.
        await page.goto(`${edition.prefix}chapters/the-tilt/#${steps[0]!.id}`);
        const reached = steps[3]!;
        await page.evaluate((id) => (location.hash = `#${id}`), reached.id);
        await expectChartState(page, reached.state, reached.id);
        await switchLink(page, "en").click();
        await expect(page).toHaveURL(new RegExp(`/chapters/the-tilt/#${reached.id}$`));
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
        await expect(page.locator(`#${reached.id}`)).toBeInViewport();
        await expectChartState(page, reached.state, reached.id);
      });

      test("without scripts the switch opens the same page in the other edition", async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(`${edition.prefix}about/`);
        const english = switchLink(page, "en");
        await expect(english).toHaveAttribute("hreflang", "en");
        await english.click();
        await expect(page).toHaveURL(/\/about\/$/);
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
        await switchLink(page, edition.lang).click();
        await expect(page).toHaveURL(new RegExp(`/${edition.prefix}about/$`));
        await expect(page.locator("h1")).toBeVisible();
        await context.close();
      });

      test("a deep link to a section works in the translation, with the English ids, under its notice", async ({ page }) => {
        await page.goto(`${edition.prefix}chapters/the-tilt/#what-each-side-wanted`);
        await expect(page.locator("#what-each-side-wanted")).toBeInViewport();
        await expect(page.locator(".translation-notice")).toContainText(/\d+\.\d+\.\d+/);
      });

      test("a missing address under the edition gets the edition's own 404 page", async ({ page }) => {
        const response = await page.goto(`${edition.prefix}chapters/no-such-chapter/`);
        expect(response?.status()).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", edition.lang);
      });

      test("the page scripts write the edition's words: Present button, copy links, embed box, citation copy buttons", async ({
        page,
        context,
      }) => {
        test.skip(edition.lang !== "ru", "the words are the Russian edition's; editionPages.spec.ts checks every edition for English");
        await context.grantPermissions(["clipboard-read", "clipboard-write"]);
        await page.goto(`${edition.prefix}chapters/the-tilt/`);
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
    });
  }
});
