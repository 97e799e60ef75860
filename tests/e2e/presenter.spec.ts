import { expect, test } from "@playwright/test";
import { CHAPTER, chartFigure, expectChartState, readSteps } from "./chapterPage.ts";
import { measure, misfits } from "./readingRects.ts";
import { EDITIONS } from "./sitePages.ts";

test.describe("presenter mode", () => {
  // In every edition the build holds (a translation's scripts and layout are its own to break), at both widths.
  for (const edition of EDITIONS) {
    const chapter = `${edition.prefix}${CHAPTER}`;
    const where = edition.prefix ? ` (/${chapter})` : "";
    test(`P opens the steps as slides; arrows, PageUp/PageDown, Home and End move; Esc leaves${where}`, async ({ page }, testInfo) => {
      await page.goto(chapter);
      const steps = await readSteps(page);
      const html = page.locator("html");
      await page.keyboard.press("p");
      await expect(html).toHaveClass(/presenting/);
      await expect(page.locator(`#${steps[0]!.id}`)).toBeVisible();
      await expect(page.locator(`#${steps[1]!.id}`)).toBeHidden();
      await expectChartState(page, steps[0]!.state, steps[0]!.id);
      await expect(chartFigure(page, steps[0]!.id).locator(".chart-plot")).toBeInViewport({ ratio: 1 });

      for (const [key, index] of [
        ["ArrowRight", 1],
        ["PageDown", 2],
        ["ArrowDown", 3],
        ["PageUp", 2],
        ["ArrowLeft", 1],
        ["End", steps.length - 1],
        ["Home", 0],
      ] as const) {
        await page.keyboard.press(key);
        await expectChartState(page, steps[index]!.state, steps[index]!.id);
        await expect(page.locator(`#${steps[index]!.id}`)).toBeVisible();
        expect(new URL(page.url()).searchParams.has("present"), key).toBe(true);
        expect(new URL(page.url()).hash, key).toBe(`#${steps[index]!.id}`);
      }
      await page.keyboard.press("ArrowRight");
      await expectChartState(page, steps[1]!.state, steps[1]!.id);
      // What the shot shows: the slide's whole card and its whole chart plot on screen, apart.
      expect(misfits(await measure(page, steps[1]!.id))).toEqual([]);
      const shot = await page.screenshot();
      await testInfo.attach(`presenter at ${testInfo.project.name} width`, { body: shot, contentType: "image/png" });

      await page.keyboard.press("Escape");
      await expect(html).not.toHaveClass(/presenting/);
      expect(new URL(page.url()).searchParams.has("present")).toBe(false);
      await expect(page.locator(".presenter-toggle")).toBeFocused();
      await expectChartState(page, steps[1]!.state, steps[1]!.id);
    });
  }

  test("the visible control enters and leaves, and focus is not trapped", async ({ page }) => {
    await page.goto(CHAPTER);
    const toggle = page.locator(".presenter-toggle");
    await toggle.click();
    await expect(page.locator("html")).toHaveClass(/presenting/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await toggle.click();
    await expect(page.locator("html")).not.toHaveClass(/presenting/);
  });

  test("a slide's URL opens presenter mode on that slide", async ({ page }) => {
    await page.goto(`${CHAPTER}?present#the-import-side`);
    await expect(page.locator("html")).toHaveClass(/presenting/);
    await expectChartState(page, "imports-2013");
    await expect(page.locator("#the-import-side")).toBeVisible();
    const plot = chartFigure(page).locator(".chart-plot");
    await expect(plot).toBeInViewport({ ratio: 1 });
    // Large: at least 14rem, and nearly a third of the screen beside the slide's text and source line.
    const height = (await plot.boundingBox())!.height;
    expect(height, "the chart is large").toBeGreaterThanOrEqual(224);
    expect(height, "the chart is large").toBeGreaterThan(page.viewportSize()!.height * 0.3);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("controls that need scripts are absent, not broken", async ({ page }) => {
    await page.goto(CHAPTER);
    await expect(page.locator(".presenter-toggle")).toBeHidden();
    await expect(page.locator(".copy-link")).toHaveCount(0);
  });
});
