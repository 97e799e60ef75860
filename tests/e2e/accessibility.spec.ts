import { expect, test } from "@playwright/test";
import { CHAPTER, CHAPTERS, chartFigure, expectChartState, readSteps } from "./chapterPage.ts";
import { expectNoAxeViolations, expectNoAxeViolationsInEitherScheme, stepScope } from "./pageChecks.ts";
import { builtSteps, sitePaths } from "./sitePages.ts";

/**
 * The English edition, in full. A published translation's pages, steps and no-JS reading are checked in
 * tests/e2e/editionPages.spec.ts (every page at both widths in both schemes, every step's state once).
 */

/** An embed page under a reporter other than the chart's default: embed/<chart>/<state>/<reporter>/. */
const isReporterEmbed = (path: string) => /^embed\/[^/]+\/[^/]+\/[^/]+\/$/.test(path);

// Each page and each step in the light scheme and the dark (the dark with the rules a colour can change: pageChecks.ts).
test.describe("axe, light and dark schemes", () => {
  for (const path of sitePaths()) {
    // An embed under another reporter is its chart's default embed with other figures: one width checks it.
    test(`/${path} has no violations`, { tag: isReporterEmbed(path) ? "@once" : [] }, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolationsInEitherScheme(page, `/${path}`);
    });
  }

  for (const chapter of CHAPTERS) {
    for (const step of builtSteps(chapter)) {
      test(`/${chapter}#${step.id} (chart state ${step.state}) has no violations`, async ({ page }) => {
        await page.goto(`${chapter}#${step.id}`);
        await expectChartState(page, step.state, step.id);
        await expectNoAxeViolationsInEitherScheme(page, `state ${step.state}`, await stepScope(page, step.id));
      });
    }
  }
});

test("the dark scheme's check finds text too faint to read in the dark", { tag: "@once" }, async ({ page }) => {
  await page.goto("methods/");
  await page.emulateMedia({ colorScheme: "dark" });
  // The dark page's text colour made nearly its background's (a stylesheet added to the page would break its policy).
  await page.evaluate(() => document.documentElement.style.setProperty("--fg", "#2a2a2a"));
  await expect(expectNoAxeViolations(page, "faint text", { colourOnly: true })).rejects.toThrow(/color-contrast/);
});

test.describe("charts for screen readers", () => {
  test("the chart is named, describes its state in words, and announces changes politely", async ({ page }) => {
    await page.goto(`${CHAPTER}#the-2013-moment`);
    await expectChartState(page, "moment-2013");
    const svg = chartFigure(page).locator("svg");
    await expect(svg).toHaveAttribute("role", "img");
    await expect(svg).toHaveAccessibleName(/Who Kazakhstan trades with/);
    await expect(svg).toHaveAccessibleName(/In 2013: China 17\.2%, Russia 7\.1%/);
    const live = chartFigure(page).locator("[aria-live=polite]");
    await page.goto(`${CHAPTER}#the-import-side`);
    await expect(live).toContainText("Share of Kazakhstan's imports");
  });

  test("its figures are a table, folded until asked for, opened by keyboard", async ({ page }) => {
    await page.goto(CHAPTER);
    // The tables of the figures drawn now (a chart with a reporter switch carries every reporter's, the others hidden).
    const details = chartFigure(page).locator("details.chart-data:visible");
    const table = details.locator("table").first();
    await expect(table).toBeHidden();
    await details.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(table).toBeVisible();
    await expect(table.locator("caption")).toContainText("Share of Kazakhstan's exports");
    await expect(table.locator("tbody tr")).toHaveCount(29);
    await expect(table.locator("tbody tr", { hasText: "2013" })).toContainText("17.2");
  });
});

test.describe("keyboard", () => {
  test("a keyboard-only reader reaches every step in order, sees focus, and the chart follows", async ({ page }) => {
    await page.goto(CHAPTER);
    const steps = await readSteps(page);
    await page.keyboard.press("Tab");
    await expect(page.locator(".skip-link")).toBeFocused();
    await expect(page.locator(".skip-link")).toBeInViewport();
    const reached: string[] = [];
    // Enough presses for every control on the way (the reporter switch of the share chart among them).
    for (let presses = 0; presses < 100 && reached.length < steps.length; presses++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el.matches(".step") ? el.querySelector(".step-body")! : el);
        return { id: el.id, step: el.matches("[data-step]"), outline: style.outlineStyle, width: style.outlineWidth };
      });
      expect(focused, "focus is never lost to the page body").not.toBeNull();
      expect(focused!.outline, `focus ring on ${focused!.id || "element"}`).not.toBe("none");
      if (focused!.step) {
        reached.push(focused!.id);
        await expectChartState(page, steps.find((s) => s.id === focused!.id)!.state, focused!.id);
      }
    }
    expect(reached).toEqual(steps.map((s) => s.id));
  });

  test("the skip link moves focus to the story", async ({ page }) => {
    await page.goto(CHAPTER);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });
});

test.describe("reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("states switch without animation and nothing scrolls smoothly", async ({ page }) => {
    await page.goto(CHAPTER);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
    const line = chartFigure(page).locator('[data-key="line-china"]');
    await page.evaluate(() => document.getElementById("the-import-side")!.focus());
    await expectChartState(page, "imports-2013");
    const immediately = await line.getAttribute("d");
    await page.waitForTimeout(400);
    expect(await line.getAttribute("d")).toBe(immediately);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every step shows its own static chart state, and nothing is stuck", async ({ page }) => {
    await page.goto(CHAPTER);
    for (const step of await readSteps(page)) {
      const chart = page.locator(`#${step.id} .step-chart svg`);
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAttribute("aria-label", /\w/);
      await expect(chartFigure(page, step.id).locator(".chart-plot")).toBeHidden();
    }
  });
});

test.describe("reflow", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of sitePaths()) {
    // It sets its own viewport, so one project runs it.
    test(`/${path} needs no horizontal scrolling at 320 CSS px`, { tag: "@once" }, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test.describe("semantics", () => {
  for (const path of sitePaths()) {
    // The markup is the same at every width, so one project runs it.
    test(`/${path} has landmarks, a skip link and headings in order`, { tag: "@once" }, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.locator("h1")).toHaveCount(1);
      // An embed is a fragment of someone else's page: the chart in a main landmark, no site furniture.
      if (path.startsWith("embed/")) return;
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      const levels = await page.locator("h1, h2, h3, h4").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
      const skip = page.locator(".skip-link");
      await expect(page.locator((await skip.getAttribute("href"))!)).toHaveCount(1);
    });
  }
});
