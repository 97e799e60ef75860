import { expect, test, type Locator, type Page } from "@playwright/test";
import { foreignNumerals, readableText } from "../build/editionNumerals.ts";
import { englishWords } from "../build/editionWords.ts";
import { chartFigure, collectPageErrors, expectChartState, readSteps, scrollToStep } from "./chapterPage.ts";
import { expectNoAxeViolationsInEitherScheme, recordViolations, stepScope } from "./pageChecks.ts";
import { builtSteps, EDITIONS, editionChapters, sitePaths, TRANSLATIONS } from "./sitePages.ts";

/**
 * What a translated edition can break, for every translation the build holds (none while they are drafts; the
 * lead publishes them): English runs the full browser suite, and each translation runs
 * - every page once at each width (the phone and desktop projects; an embed under another reporter, its chart's
 *   default embed with other figures, at one): it opens with its styles and scripts, asks
 *   nothing of another origin, breaks no Content-Security-Policy, logs no error, is in its language with one main,
 *   one h1, headings in order and a language switch to the same page in every edition, has no axe violation in
 *   the light scheme or the dark, and (at phone width) needs no horizontal scrolling at 320 CSS px;
 * - every step's state once (desktop): its deep link shows the step and the chart in that state, drawn by the
 *   browser in the edition's words and figures, without an axe violation in either scheme;
 * - each chapter once (desktop): section deep links, the words the page's scripts add, and reading without scripts.
 * The link check, the Nu checker, CSP, budgets and the figures' format read every built page (tests/build).
 */

const isEmbed = (path: string) => /^(ru|kk)\/embed\//.test(path);
/** An embed under another reporter (<code>/embed/<chart>/<state>/<reporter>/): its chart's default embed with other figures. */
const isReporterEmbed = (path: string) => /^(ru|kk)\/embed\/[^/]+\/[^/]+\/[^/]+\/$/.test(path);

/** English words and figures written another edition's way in a fragment of a page as the browser has it now. */
async function foreignText(locator: Locator, code: string): Promise<string[]> {
  // A citation names the page's address without its scheme (localhost:4321/ru/... in a local build): not a word.
  const html = (await locator.evaluate((el) => el.outerHTML)).replace(/(?:\bhttps?:\/\/)?\blocalhost:\d+[^\s"'<>]*/g, " ");
  // The chart's words are SVG text: read them as any other text (editionWords skips <svg> elements themselves).
  const words = englishWords(html.replace(/<(\/?)svg\b/g, "<$1g")).map((w) => `English "${w.word}": …${w.context}…`);
  return [...words, ...foreignNumerals(readableText(html), code)].slice(0, 20);
}

/** Records what a page must not do: fail a request, ask another origin, break the policy, log an error. */
async function watch(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const failed: string[] = [];
  const elsewhere: string[] = [];
  page.on("requestfailed", (request) => failed.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
  });
  const errors = collectPageErrors(page);
  const violations = await recordViolations(page);
  return async () => {
    expect(failed, "failed requests").toEqual([]);
    expect(elsewhere, "requests to another origin").toEqual([]);
    expect(await violations(), "Content-Security-Policy violations").toEqual([]);
    expect(errors, "console errors").toEqual([]);
  };
}

for (const edition of TRANSLATIONS) {
  test.describe(`the ${edition.name} edition (/${edition.prefix})`, () => {
    for (const path of sitePaths(edition)) {
      // An embed under another reporter is read at one width, as in English: its chart's default embed is read at both.
      test(
        `/${path} opens whole, in its language, without an axe violation in either scheme`,
        { tag: isReporterEmbed(path) ? "@once" : [] },
        async ({ page, baseURL }, testInfo) => {
          const expectClean = await watch(page, baseURL!);
          const response = await page.goto(path);
          expect(response?.status()).toBe(200);
          await expect(page.locator("html")).toHaveAttribute("lang", edition.lang);
          await expect(page.getByRole("main")).toHaveCount(1);
          await expect(page.locator("h1")).toHaveCount(1);
          if (isEmbed(path)) {
            // An embed is a fragment of someone else's page: the chart in a main landmark, no site furniture.
            await expect(page.locator(".chart-title")).toHaveCSS("font-weight", "700");
          } else {
            await expect(page.locator(".site-header")).toHaveCSS("border-bottom-style", "solid");
            await expect(page.getByRole("banner")).toHaveCount(1);
            await expect(page.getByRole("contentinfo")).toHaveCount(1);
            const levels = await page.locator("h1, h2, h3, h4").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
            for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
            await expect(page.locator((await page.locator(".skip-link").getAttribute("href"))!)).toHaveCount(1);
            const page_ = path.slice(edition.prefix.length);
            const links = page.locator(".edition-switch a");
            await expect(links).toHaveCount(EDITIONS.length);
            for (const [i, other] of EDITIONS.entries()) {
              await expect(links.nth(i)).toHaveAttribute("href", new RegExp(`/${other.prefix}${page_}$`));
              await expect(links.nth(i)).toHaveAttribute("lang", other.lang);
            }
            await expect(page.locator('.edition-switch a[aria-current="page"]')).toHaveAttribute("lang", edition.lang);
          }
          if (path.includes("/chapters/")) await expect(page.locator("[data-scrolly]").first()).toHaveClass(/is-live/);
          await expectNoAxeViolationsInEitherScheme(page, `/${path}`);
          if (testInfo.project.name === "phone") {
            // Text grows by a third in translation: still no horizontal scrolling on the narrowest screen.
            await page.setViewportSize({ width: 320, height: 640 });
            await expect
              .poll(() => page.evaluate(() => document.documentElement.scrollWidth), "scroll width at 320 px")
              .toBeLessThanOrEqual(320);
          }
          await expectClean();
        },
      );
    }

    for (const chapter of editionChapters(edition)) {
      for (const step of builtSteps(chapter)) {
        // One width is enough for each state: the page tests above read every page at both.
        test(
          `/${chapter}#${step.id} shows state ${step.state} in the edition's words and figures, without an axe violation`,
          { tag: "@once" },
          async ({ page, baseURL }) => {
            // Two axe runs and a read of the chart's words: more than the default 30 s on a busy 2-core machine.
            test.setTimeout(60_000);
            const expectClean = await watch(page, baseURL!);
            await page.goto(`${chapter}#${step.id}`);
            await expectChartState(page, step.state, step.id);
            await expect(page.locator(`#${step.id}`)).toBeInViewport();
            await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
            await expectNoAxeViolationsInEitherScheme(page, `state ${step.state}`, await stepScope(page, step.id));
            await expectClean();
            // The step and its chart as the browser drew them (marks, labels, summary, live region, tables): the
            // edition's words and figures.
            await expect.poll(() => foreignText(page.locator(`#${step.id}`), edition.code), { timeout: 1000 }).toEqual([]);
            await expect.poll(() => foreignText(chartFigure(page, step.id), edition.code), { timeout: 3000 }).toEqual([]);
          },
        );
      }

      test(`/${chapter}: every section's deep link lands on it, with the English ids`, { tag: "@once" }, async ({ page }) => {
        await page.goto(chapter);
        const ids = await page.locator("article h2[id]").evaluateAll((hs) => hs.map((h) => h.id));
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) {
          await page.goto("about:blank");
          await page.goto(`${chapter}#${id}`);
          await expect(page.locator(`#${id}`)).toBeFocused();
          await expect(page.locator(`#${id}`)).toBeInViewport();
        }
      });

      test(`/${chapter}: the words the page's scripts add are the edition's`, { tag: "@once" }, async ({ page, context, baseURL }) => {
        await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
        await page.goto(chapter);
        await expect(page.locator("[data-scrolly]").first()).toHaveClass(/is-live/);
        const steps = await readSteps(page);
        // Copy a step's link (the status line), switch a chart's reporter where there is a switch (its redraw and
        // announcement), and read every step through (each chart's live announcements), then read the whole page.
        const copy = page.locator(`#${steps[0]!.id} .copy-link`);
        await copy.scrollIntoViewIfNeeded();
        await copy.click();
        await expect(page.locator("#copy-status")).not.toBeEmpty();
        const other = page.locator("[data-reporter-switch] input:not(:checked)").first();
        if (await other.count()) {
          await other.scrollIntoViewIfNeeded();
          await other.check();
        }
        for (const step of steps) {
          await scrollToStep(page, step.id);
          await expectChartState(page, step.state, step.id);
        }
        await expect.poll(() => foreignText(page.locator("body"), edition.code), { timeout: 3000 }).toEqual([]);
      });

      test.describe("without JavaScript", () => {
        test.use({ javaScriptEnabled: false });

        test(`/${chapter} reads through: every step shows its own chart, no control needs a script`, { tag: "@once" }, async ({ page }) => {
          await page.goto(chapter);
          await expect(page.locator("html")).toHaveAttribute("lang", edition.lang);
          const steps = await readSteps(page);
          expect(steps.length).toBeGreaterThan(0);
          for (const step of steps) {
            const chart = page.locator(`#${step.id} .step-chart svg`);
            await chart.scrollIntoViewIfNeeded();
            await expect(chart).toBeVisible();
            await expect(chart).toHaveAttribute("aria-label", /\p{L}/u);
            await expect(chartFigure(page, step.id).locator(".chart-plot")).toBeHidden();
          }
          await expect(page.locator(".presenter-toggle")).toBeHidden();
          await expect(page.locator(".copy-link")).toHaveCount(0);
          await expect(page.locator(".edition-switch a")).toHaveCount(EDITIONS.length);
        });
      });
    }
  });
}
