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

/**
 * The two share charts carry the same switch (their defineChart declares the reporters): one case per chart,
 * a step of it, the step after it, and the words that say a partner's share is over Kazakhstan's own total.
 */
const shareCharts = [
  {
    chart: "partner-shares",
    chapter: "chapters/the-tilt/",
    step: "the-2013-mirror",
    state: "mirror-2013",
    next: "the-2014-fall",
    chinaWords: "China's own count of its imports from Kazakhstan, as a share of Kazakhstan's total exports",
  },
  {
    chart: "import-shares",
    chapter: "chapters/where-things-stand/",
    step: "china-catches-up",
    state: "imports-china-rise",
    next: "the-recent-shift",
    chinaWords: "China's own count of its exports to Kazakhstan, as a share of Kazakhstan's total imports",
  },
] as const;

for (const c of shareCharts) {
  test.describe(`the reporter switch on the ${c.chart} chart`, () => {
    const shares = (page: Page) => page.locator(`[data-scrolly] [data-chart="${c.chart}"]`);
    const choice = (page: Page, name: RegExp) => shares(page).getByRole("radio", { name });
    const summary = (page: Page) => shares(page).locator(".chart-summary");
    const open = async (page: Page, search = "") => {
      await page.goto(`${c.chapter}${search}#${c.step}`);
      await expectChartState(page, c.state, c.step);
    };

    test(`?reporter=china#${c.step} opens with China's figures at that step`, async ({ page }) => {
      await open(page, "?reporter=china");
      await expect(shares(page)).toHaveAttribute("data-reporter", "china");
      await expect(choice(page, /China/)).toBeChecked();
      await expect(page.locator(`#${c.step}`)).toBeInViewport();
      await expect(summary(page)).toContainText(c.chinaWords);
      await expect(summary(page)).toContainText("to 2020, where its series ends");
      await expect(shares(page).locator('svg [data-key="label-china-note"]')).toHaveText("count, to 2020");
    });

    test("switching changes the marks, the words, the table, the CSV link, the embed code and the address", async ({ page }) => {
      await open(page);
      await expect(shares(page)).toHaveAttribute("data-reporter", "kazakhstan");
      const before = await shares(page).locator('svg [data-key="line-china"]').getAttribute("d");
      await choice(page, /China/).check();
      await expect(shares(page)).toHaveAttribute("data-reporter", "china");
      await expect(shares(page).locator('svg [data-key="line-china"]')).not.toHaveAttribute("d", before!);
      await expect(summary(page)).toContainText(c.chinaWords);
      await expect(shares(page).locator('div[data-for-reporter="china"] table').first()).toBeAttached();
      await expect(shares(page).locator('div[data-for-reporter="china"]')).toBeVisible();
      await expect(shares(page).locator('div[data-for-reporter="kazakhstan"]')).toBeHidden();
      await expect(shares(page).locator(".chart-reporter-note:visible")).toContainText("which China does not report");
      await expect(shares(page).locator("a.chart-download")).toHaveAttribute("href", new RegExp(`/data/${c.chart}\\.china\\.csv$`));
      await expect(shares(page).locator("details.chart-embed textarea")).toHaveValue(new RegExp(`/embed/${c.chart}/${c.state}/china/`));
      expect(new URL(page.url()).searchParams.get("reporter")).toBe("china");
      expect(new URL(page.url()).hash).toBe(`#${c.step}`);
      await choice(page, /Both/).check();
      await expect(shares(page).locator('svg [data-key="line-russia-mirror"]')).toHaveCount(1);
      await expect(shares(page).locator('svg [data-key="gap-band-china"]')).toHaveCount(1);
      await expect(summary(page)).toContainText("the shading is the gap between the two counts");
      await choice(page, /Kazakhstan/).check();
      await expect(shares(page)).toHaveAttribute("data-reporter", "kazakhstan");
      await expect(shares(page).locator('svg [data-key="line-china"]')).toHaveAttribute("d", before!);
      expect(new URL(page.url()).search).toBe("");
    });

    test("the CSV the link points at is the reporter's: China's own count, nothing of it after 2020", async ({ page, request }) => {
      await open(page, "?reporter=china");
      const href = await shares(page).locator("a.chart-download").getAttribute("href");
      const csv = await (await request.get(href!)).text();
      expect(csv).toMatch(/^2017,mirror-share,kazakhstan,(export|import),China,[\d.]+,percent,imf-dots-china,/m);
      expect(csv).not.toMatch(/^20(21|22|23),mirror-share,/m);
      expect(csv).not.toMatch(/^\d+,share-of-trade,china,/m);
    });

    test("back and forward move between reporters and keep the chart and the step in sync", async ({ page }) => {
      await open(page);
      await choice(page, /China/).check();
      await expect(shares(page)).toHaveAttribute("data-reporter", "china");
      await choice(page, /Both/).check();
      await expect(shares(page)).toHaveAttribute("data-reporter", "both");
      await page.goBack();
      await expect(shares(page)).toHaveAttribute("data-reporter", "china");
      await expect(choice(page, /China/)).toBeChecked();
      await expect(shares(page).locator('svg [data-key="line-russia-mirror"]')).toHaveCount(0);
      await page.goBack();
      await expect(shares(page)).toHaveAttribute("data-reporter", "kazakhstan");
      await page.goForward();
      await expect(shares(page)).toHaveAttribute("data-reporter", "china");
      await expectChartState(page, c.state, c.step);
    });

    test(`the presenter keeps the reporter: ?present&reporter=russia#${c.step}, then the next slide`, async ({ page }) => {
      await page.goto(`${c.chapter}?present&reporter=russia#${c.step}`);
      await expect(page.locator("html")).toHaveClass(/presenting/);
      await expectChartState(page, c.state, c.step);
      await expect(shares(page)).toHaveAttribute("data-reporter", "russia");
      await page.keyboard.press("ArrowRight");
      await expect(page).toHaveURL(new RegExp(`[?&]reporter=russia.*#${c.next}$`));
      await expect(shares(page)).toHaveAttribute("data-reporter", "russia");
    });

    for (const scheme of ["light", "dark"] as const) {
      test(`has no axe violations under China's figures and both, ${scheme} scheme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, "?reporter=china");
        await expect(shares(page)).toHaveAttribute("data-reporter", "china");
        for (const reporter of ["china", "both"]) {
          if (reporter === "both") await choice(page, /Both/).check();
          await expect(shares(page)).toHaveAttribute("data-reporter", reporter);
          const { violations } = await new AxeBuilder({ page }).include(`[data-chart="${c.chart}"]`).analyze();
          expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        }
      });
    }
  });

  test.describe(`without JavaScript, the ${c.chart} chart`, () => {
    test.use({ javaScriptEnabled: false });

    test("each step offers the other reporters as links to static charts", async ({ page }) => {
      await page.goto(c.chapter);
      const links = page.locator(`#${c.step} .reporter-links`);
      await expect(links).toBeVisible();
      await links.getByRole("link", { name: "China's figures" }).click();
      await expect(page).toHaveURL(new RegExp(`/embed/${c.chart}/${c.state}/china/$`));
      await expect(page.locator("figure[data-reporter='china'] svg")).toBeVisible();
      await expect(page.locator(".chart-summary")).toContainText(c.chinaWords);
      await expect(page.locator("a.chart-download")).toHaveAttribute("href", new RegExp(`${c.chart}\\.china\\.csv$`));
      await page.getByRole("link", { name: "Both, with the gap" }).click();
      await expect(page).toHaveURL(new RegExp(`/embed/${c.chart}/${c.state}/both/$`));
      await expect(page.locator('svg [data-key="line-russia-mirror"]')).toHaveCount(1);
      await page.getByRole("link", { name: "Kazakhstan's figures" }).click();
      await expect(page).toHaveURL(new RegExp(`/embed/${c.chart}/${c.state}/$`));
      await expect(page.locator("figure[data-reporter='kazakhstan']")).toHaveCount(1);
    });
  });
}
