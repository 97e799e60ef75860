import { expect, test } from "@playwright/test";
import { CHAPTER, CHAPTERS, chartFigure, collectPageErrors, expectChartState, readSteps, scrollToStep } from "./chapterPage.ts";
import { measure, misfits, overlappingWords } from "./readingRects.ts";

test.describe("chapter 1 scrollytelling", () => {
  test("has at least five steps with readable ids, each naming a state", async ({ page }) => {
    await page.goto(CHAPTER);
    const steps = await readSteps(page);
    expect(steps.length).toBeGreaterThanOrEqual(5);
    for (const step of steps) {
      expect(step.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(step.state).not.toBe("");
    }
    // Within a section, each step moves the chart to a state of its own.
    const statesBySection = await page
      .locator("[data-scrolly]")
      .evaluateAll((sections) =>
        sections.map((section) => [...section.querySelectorAll<HTMLElement>("[data-step]")].map((s) => s.dataset.state)),
      );
    for (const states of statesBySection) expect(new Set(states).size).toBe(states.length);
    await expect(chartFigure(page)).toHaveAttribute("data-chart", "partner-shares");
  });
});

for (const chapter of CHAPTERS) {
  test.describe(`/${chapter} charts`, () => {
    test("opens without moving what the reader sees: no layout shift while scripts and charts load", async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { shifts: number[] }).shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            (window as unknown as { shifts: number[] }).shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(chapter);
      await expect(page.locator("[data-scrolly]").first()).toHaveClass(/is-live/);
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    });

    test("scrolling down and back up sets each chart to each step's state", async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.goto(chapter);
      const steps = await readSteps(page);
      test.skip(steps.length === 0, "no scrollytelling section on this page");
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectChartState(page, step.state, step.id);
        await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
      }
      for (const step of [...steps].reverse()) {
        await scrollToStep(page, step.id);
        await expectChartState(page, step.state, step.id);
      }
      expect(errors).toEqual([]);
    });

    test("a jump past several steps lands on the state of the step reached", async ({ page }) => {
      await page.goto(chapter);
      const steps = await readSteps(page);
      test.skip(steps.length === 0, "no scrollytelling section on this page");
      await scrollToStep(page, steps.at(-1)!.id);
      await expectChartState(page, steps.at(-1)!.state, steps.at(-1)!.id);
      await scrollToStep(page, steps[0]!.id);
      await expectChartState(page, steps[0]!.state, steps[0]!.id);
    });

    test("opening each step's deep link shows that step's state", async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.goto(chapter);
      const steps = await readSteps(page);
      test.skip(steps.length === 0, "no scrollytelling section on this page");
      for (const step of steps) {
        await page.goto("about:blank");
        await page.goto(`${chapter}#${step.id}`);
        await expectChartState(page, step.state, step.id);
        await expect(page.locator(`#${step.id}`)).toBeInViewport();
      }
      expect(errors).toEqual([]);
    });
  });
}

test.describe("chapter 1 chart", () => {
  test("the chart redraws its state's values, not just the attribute", async ({ page }) => {
    await page.goto(`${CHAPTER}#the-import-side`);
    await expectChartState(page, "imports-2013");
    const svg = chartFigure(page).locator("svg");
    await expect(svg.locator('[data-key="ytitle"]')).toHaveText("Share of Kazakhstan's imports");
    await expect(svg.locator('[data-key="value-russia"]')).toHaveText("36.6%");
    await expect(chartFigure(page).locator(".chart-summary")).toContainText("Russia 36.6%");
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`in the ${scheme} scheme, the chapter's top and its 2013 step read as drawn (screenshots attached)`, async ({
      page,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(CHAPTER);
      // The page is in the scheme asked for: a light page on a light screen, a dark one on a dark screen.
      const lightness = await page.evaluate(() => {
        const canvas = document.createElement("canvas").getContext("2d")!;
        canvas.fillStyle = getComputedStyle(document.documentElement).backgroundColor;
        canvas.fillRect(0, 0, 1, 1);
        const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      });
      if (scheme === "light") expect(lightness).toBeGreaterThan(0.8);
      else expect(lightness).toBeLessThan(0.2);
      await expect(page.locator("h1")).toBeInViewport({ ratio: 1 });
      const top = await page.screenshot({ path: testInfo.outputPath(`chapter-top-${scheme}.png`) });
      await testInfo.attach(`chapter top, ${scheme}, ${testInfo.project.name} width`, { body: top, contentType: "image/png" });

      await page.goto(`${CHAPTER}#the-2013-moment`);
      await expectChartState(page, "moment-2013");
      await page.waitForTimeout(700); // let the transition finish so the picture shows the end state
      // What the shot shows: the step's whole card and the whole plot on screen and apart, China's 2013
      // figure on the chart, and no two of the chart's words drawn over each other.
      expect(misfits(await measure(page, "the-2013-moment"))).toEqual([]);
      const svg = chartFigure(page).locator("svg");
      await expect(svg.locator('[data-key="value-china"]')).toHaveText("17.2%");
      await expect(svg.locator('[data-key="value-china"]')).toBeInViewport();
      expect(await overlappingWords(svg)).toEqual([]);
      const shot = await page.screenshot({ path: testInfo.outputPath(`chapter-2013-step-${scheme}.png`) });
      await testInfo.attach(`2013 step, ${scheme}, ${testInfo.project.name} width`, { body: shot, contentType: "image/png" });
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the chart is in the page as SVG with axes, labels, units and a source line", async ({ page }) => {
    await page.goto(CHAPTER);
    const figure = chartFigure(page);
    await expect(figure).toHaveAttribute("data-state", "long-view");
    await expect(figure.locator("svg path.series")).toHaveCount(4);
    await expect(figure.locator(".chart-source")).toContainText("IMF Direction of Trade Statistics");
    await expect(figure.locator(".chart-source")).toContainText("as reported by Kazakhstan");
    // Without scripts nothing moves the sticky chart, so each step shows its own drawing instead.
    const first = page.locator("#the-long-view");
    await expect(first).toBeVisible();
    const svg = first.locator(".step-chart svg");
    await expect(svg).toBeVisible();
    await expect(svg.locator("path.series")).toHaveCount(4);
    for (const label of ["China", "Russia", "EU27"]) await expect(svg.locator("text", { hasText: label }).first()).toBeVisible();
    await expect(svg.locator('[data-key="ytick-20"]')).toHaveText("20%");
    await expect(svg.locator('[data-key="xtick-1995"]')).toHaveText("1995");
    await expect(svg.locator('[data-key="ytitle"]')).toHaveText("Share of Kazakhstan's exports");
  });
});
