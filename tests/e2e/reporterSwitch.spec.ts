import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectChartState } from "./chapterPage.ts";

/** The chapter whose trade-turnover scrolly has the "turnover-2017" step (content/stories/the-reassurance.mdx). */
const CHAPTER = "chapters/the-reassurance/";
const STEP = "turnover-2017";
const figure = (page: Page) => page.locator('[data-scrolly] [data-chart="trade-turnover"]');
const chinaLine = (page: Page) => figure(page).locator('svg [data-key="line-china"]');
const option = (page: Page, name: RegExp) => figure(page).getByRole("radio", { name });

/** Lands on the step with the chart redrawn by its page code (the built SVG has no Russia's-count marks to tell apart). */
async function openStep(page: Page, search = ""): Promise<void> {
  await page.goto(`${CHAPTER}${search}#${STEP}`);
  await expectChartState(page, "gap-2017", STEP);
}

test.describe("the reporter switch on the trade-turnover chart", () => {
  test("switching to China's figures changes the marks, the words, the table, the CSV link and the address", async ({ page }) => {
    await openStep(page);
    await expect(figure(page)).toHaveAttribute("data-reporter", "kazakhstan");
    const before = await chinaLine(page).getAttribute("d");
    await option(page, /China/).check();
    await expect(figure(page)).toHaveAttribute("data-reporter", "china");
    await expect(chinaLine(page)).not.toHaveAttribute("d", before!);
    await expect(figure(page).locator(".chart-summary")).toContainText("as China reported it");
    await expect(figure(page).locator(".chart-summary")).toContainText("to 2020, where its series ends");
    await expect(figure(page).locator('[data-for-reporter="china"]').first()).toBeVisible();
    await expect(figure(page).locator('[data-for-reporter="kazakhstan"]').first()).toBeHidden();
    await expect(figure(page).locator(".chart-reporter-note:visible")).toContainText("its own count");
    await expect(figure(page).locator("a.chart-download")).toHaveAttribute("href", /\/data\/trade-turnover\.china\.csv$/);
    await expect(figure(page).locator("details.chart-embed textarea")).toHaveValue(/\/embed\/trade-turnover\/gap-2017\/china\//);
    expect(new URL(page.url()).searchParams.get("reporter")).toBe("china");
    expect(new URL(page.url()).hash).toBe(`#${STEP}`);
    // Back to the default: the parameter leaves the address.
    await option(page, /Kazakhstan/).check();
    await expect(figure(page)).toHaveAttribute("data-reporter", "kazakhstan");
    await expect(chinaLine(page)).toHaveAttribute("d", before!);
    expect(new URL(page.url()).search).toBe("");
  });

  test("the CSV the link points at is the reporter's: China's own count, nothing after 2020", async ({ page, request }) => {
    await openStep(page);
    await option(page, /China/).check();
    const href = await figure(page).locator("a.chart-download").getAttribute("href");
    const csv = await (await request.get(href!)).text();
    expect(csv).toMatch(/imf-dots-china/);
    expect(csv).not.toMatch(/^2021,turnover,china/m);
  });

  test("?reporter=china#turnover-2017 opens with China's figures at that step", async ({ page }) => {
    await openStep(page, "?reporter=china");
    await expect(figure(page)).toHaveAttribute("data-reporter", "china");
    await expect(option(page, /China/)).toBeChecked();
    await expect(page.locator(`#${STEP}`)).toBeInViewport();
    await expect(figure(page).locator(".chart-summary")).toContainText("as China reported it");
  });

  test("back and forward move between reporters and keep the chart in sync", async ({ page }) => {
    await openStep(page);
    await option(page, /China/).check();
    await expect(figure(page)).toHaveAttribute("data-reporter", "china");
    await option(page, /Both/).check();
    await expect(figure(page)).toHaveAttribute("data-reporter", "both");
    await expect(figure(page).locator('svg [data-key="line-russia-mirror"]')).toHaveCount(1);
    await page.goBack();
    await expect(figure(page)).toHaveAttribute("data-reporter", "china");
    await expect(option(page, /China/)).toBeChecked();
    await page.goBack();
    await expect(figure(page)).toHaveAttribute("data-reporter", "kazakhstan");
    await page.goForward();
    await expect(figure(page)).toHaveAttribute("data-reporter", "china");
    await expectChartState(page, "gap-2017", STEP);
  });

  test("works from the keyboard: arrow keys move between the options", async ({ page }) => {
    await openStep(page);
    await option(page, /Kazakhstan/).focus();
    await page.keyboard.press("ArrowRight");
    await expect(option(page, /China/)).toBeFocused();
    await expect(figure(page)).toHaveAttribute("data-reporter", "china");
    await page.keyboard.press("ArrowRight");
    await expect(figure(page)).toHaveAttribute("data-reporter", "russia");
    // Each option is a target of at least 24 x 24 px.
    for (const label of await figure(page).locator("[data-reporter-switch] label").all()) {
      const box = (await label.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });

  test("under reduced motion the marks jump to the new reporter without a tween", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openStep(page, "?reporter=china");
    await expect(figure(page)).toHaveAttribute("data-reporter", "china");
    const china = await chinaLine(page).getAttribute("d");
    const changed = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-chart="trade-turnover"] input[value="russia"]')!;
      input.click();
      // Read in the same task as the change: a tween would still show the old line.
      return document.querySelector('[data-chart="trade-turnover"] [data-key="line-china"]')!.getAttribute("d");
    });
    expect(changed).not.toBe(china);
  });

  test("the presenter keeps the reporter: ?present&reporter=china#turnover-2017 shows that slide under China's figures", async ({
    page,
  }) => {
    await page.goto(`${CHAPTER}?present&reporter=china#${STEP}`);
    await expect(page.locator("html")).toHaveClass(/presenting/);
    await expectChartState(page, "gap-2017", STEP);
    await expect(figure(page)).toHaveAttribute("data-reporter", "china");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/[?&]reporter=china.*#china-overtakes-russia$/);
    await expect(figure(page)).toHaveAttribute("data-reporter", "china");
  });

  test("a step's copied link keeps the reporter", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
    await openStep(page, "?reporter=russia");
    await page.locator(`#${STEP} .copy-link`).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${CHAPTER}?reporter=russia#${STEP}`, baseURL).href);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`has no axe violations with the switch showing China's figures, ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openStep(page, "?reporter=china");
      await expect(figure(page)).toHaveAttribute("data-reporter", "china");
      const { violations } = await new AxeBuilder({ page }).include('[data-chart="trade-turnover"]').analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("each step offers the other reporters as links to static charts, and back", async ({ page }) => {
    await page.goto(CHAPTER);
    const links = page.locator(`#${STEP} .reporter-links`);
    await expect(links).toBeVisible();
    await links.getByRole("link", { name: "China's figures" }).click();
    await expect(page).toHaveURL(/\/embed\/trade-turnover\/gap-2017\/china\/$/);
    await expect(page.locator("figure[data-reporter='china'] svg")).toBeVisible();
    await expect(page.locator(".chart-summary")).toContainText("as China reported it");
    await expect(page.locator("a.chart-download")).toHaveAttribute("href", /trade-turnover\.china\.csv$/);
    await page.getByRole("link", { name: "Both, with the gap" }).click();
    await expect(page).toHaveURL(/\/embed\/trade-turnover\/gap-2017\/both\/$/);
    await expect(page.locator('svg [data-key="line-russia-mirror"]')).toHaveCount(1);
    await page.getByRole("link", { name: "Kazakhstan's figures" }).click();
    await expect(page).toHaveURL(/\/embed\/trade-turnover\/gap-2017\/$/);
    await expect(page.locator("figure[data-reporter='kazakhstan']")).toHaveCount(1);
  });
});
