import { expect, test, type Page } from "@playwright/test";
import { CHAPTER, CHAPTERS, chartFigure, collectPageErrors, expectChartState, readSteps, scrollToStep } from "./chapterPage.ts";
import { readScrollies, settled } from "./scrollyState.ts";

/** Every scrolly shows the state of its one active step, and that step is the one being read. */
async function expectChartFollowsStep(page: Page, what: string): Promise<void> {
  await settled(page);
  await expect(async () => {
    for (const scrolly of await readScrollies(page)) {
      expect(scrolly.active, `${what}: one active step in ${scrolly.chart}`).toHaveLength(1);
      expect(scrolly.reading, `${what}: the active step is the one being read`).toContain(scrolly.active[0]);
      expect(scrolly.chartState, `${what}: ${scrolly.chart} shows the active step's state`).toBe(scrolly.activeState);
    }
  }).toPass({ timeout: 5000 });
}

/** Scrollytelling works: reaching a step puts its chart in that step's state, down and back up. */
async function expectScrollytellingWorks(page: Page): Promise<void> {
  const steps = await readSteps(page);
  for (const step of [steps.at(-1)!, steps[Math.floor(steps.length / 2)]!, steps[0]!]) {
    await scrollToStep(page, step.id);
    await expectChartState(page, step.state, step.id);
    await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
  }
}

/** Links as they reach us, on chapter 1; `lands` is the step it should open at, or undefined for the top. */
const ODD_LINKS: { name: string; url: string; lands?: string; presenting?: boolean }[] = [
  { name: "a stray percent sign", url: "#50%" },
  { name: "a percent sign inside an id", url: "#the-%-2013" },
  { name: "a broken escape", url: "#the-2013-moment%E0%A4%A", lands: "the-2013-moment" },
  { name: "a lone surrogate escape", url: "#%ED%A0%80" },
  { name: "a text fragment", url: "#:~:text=Kazakhstan" },
  // The browser scrolls to the text a text fragment names, not to the id before it: its choice, and fine.
  { name: "a step with a text fragment", url: "#the-2013-moment:~:text=Russia" },
  { name: "a step id cut short", url: "#the-2013-mom", lands: "the-2013-moment" },
  { name: "a step id encoded twice", url: "#the%252D2013%252Dmoment", lands: "the-2013-moment" },
  { name: "a bracket from a Markdown link", url: "#the-import-side)", lands: "the-import-side" },
  { name: "a zero-width space from a chat app", url: "#the-import-side%E2%80%8B", lands: "the-import-side" },
  { name: "autocorrected dashes", url: "#the%E2%80%91import%E2%80%91side", lands: "the-import-side" },
  { name: "an unknown id", url: "#no-such-step" },
  { name: "script in the fragment", url: "#%3Cimg%20src=x%20onerror=alert(1)%3E" },
  { name: "a query with a broken escape", url: "?q=%E0%A4%A#the-import-side", lands: "the-import-side" },
  { name: "presenter mode with a stray percent sign", url: "?present#50%", presenting: true },
  { name: "presenter mode on a cut-short step", url: "?present#the-2013-mom", lands: "the-2013-moment", presenting: true },
];

test.describe("any link opens the chapter", () => {
  for (const link of ODD_LINKS) {
    test(`${link.name} (${link.url}): no error, ${link.lands ? `lands on #${link.lands}` : "stays at the top"}, and the charts follow the story`, async ({
      page,
    }) => {
      const errors = collectPageErrors(page);
      await page.goto(`${CHAPTER}${link.url}`);
      await expect(page.locator("[data-scrolly]").first()).toHaveClass(/is-live/);
      if (link.presenting) {
        await expect(page.locator("html")).toHaveClass(/presenting/);
        if (link.lands) await expect(page.locator(`#${link.lands}`)).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(page.locator("html")).not.toHaveClass(/presenting/);
      } else if (link.lands) {
        await expect(page.locator(`#${link.lands}`)).toBeInViewport();
        const state = await page.locator(`#${link.lands}`).getAttribute("data-state");
        await expectChartState(page, state!, link.lands);
        // The address now names the place, so copying it gives a link that works.
        expect(new URL(page.url()).hash).toBe(`#${link.lands}`);
      } else if (!link.url.includes(":~:")) {
        // (A text fragment may scroll to its text: that is the browser's, and fine.)
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
      }
      await expectChartFollowsStep(page, "on landing");
      await expectScrollytellingWorks(page);
      expect(errors).toEqual([]);
    });
  }
});

/** The chart chunk a chapter's first animated chart loads (a retry asks for it with a query), and the steps of its section. */
const CHART = "partner-shares";
const CHART_CHUNK = new RegExp(`/_astro/${CHART}\\.[^/?]*\\.js(\\?.*)?$`);

test.describe("a chart whose code fails to load", () => {
  test("keeps its built drawing, retries, and animates once its code arrives; the reader is told nothing", async ({ page }) => {
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    let failures = 0;
    await page.route(CHART_CHUNK, (route) => {
      // The first two requests fail, as on a train between stations; later ones get through.
      if (failures < 2) return void (failures++, route.abort("internetdisconnected"));
      return route.continue();
    });
    await page.goto(CHAPTER);
    const figure = chartFigure(page);
    const marks = await figure.locator("svg [data-key]").count();
    expect(marks).toBeGreaterThan(10);
    await scrollToStep(page, "the-2013-moment");
    // Tries at once, after 1 s and after 2 s more: the third gets through.
    await expect(figure).toHaveAttribute("data-state", "moment-2013", { timeout: 10_000 });
    expect(failures).toBe(2);
    await expect(figure.locator(".chart-load-note")).toHaveCount(0);
    await expect(figure.locator('svg [data-key="value-china"]')).toHaveText("17.2%");
    await scrollToStep(page, "the-import-side");
    await expectChartState(page, "imports-2013", "the-import-side");
    expect(pageErrors).toEqual([]);
  });

  test("that stays broken shows its built chart with a small note, its table still opens, and it animates when the browser is back online", async ({
    page,
    context,
  }) => {
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(CHAPTER);
    const figure = chartFigure(page);
    const marks = await figure.locator("svg [data-key]").count();
    // The connection drops before the reader reaches the chart, whose code is fetched only as it nears.
    await context.setOffline(true);
    await scrollToStep(page, "the-2013-moment");
    const note = figure.locator(".chart-load-note");
    await expect(note).toBeVisible({ timeout: 15_000 });
    await expect(figure).toHaveAttribute("data-state", "long-view");
    expect(await figure.locator("svg [data-key]").count()).toBe(marks);
    // The tables of the figures drawn (the chart carries every reporter's, the others hidden).
    await figure.locator("details.chart-data:visible > summary").click();
    await expect(figure.locator("details.chart-data:visible table").first()).toBeVisible();
    // On a phone the table follows the section, so opening it took the reader past the steps: read on from the step again.
    await scrollToStep(page, "the-2013-moment");
    await expect(figure).toHaveAttribute("data-state", "long-view");
    await context.setOffline(false);
    // Back online: no reload, no waiting for the next retry.
    await expectChartState(page, "moment-2013", "the-2013-moment");
    await expect(note).toHaveCount(0);
    await scrollToStep(page, "the-import-side");
    await expectChartState(page, "imports-2013", "the-import-side");
    expect(pageErrors).toEqual([]);
  });
});

/** A phone's address bar shows and hides: the height changes by this much, the width does not. */
const ADDRESS_BAR = 120;

for (const chapter of CHAPTERS) {
  test.describe(`/${chapter}: one active step whatever the screen does`, () => {
    test("after height-only resizes, turns and back, the chart shows the step being read", async ({ page }) => {
      const errors = collectPageErrors(page);
      const steps = await (async () => (await page.goto(chapter), readSteps(page)))();
      const start = page.viewportSize()!;
      for (const [i, step] of steps.entries()) {
        // Arrive by a link to the step before, then read on to this one: the link must not hold the chart back.
        await page.goto(`${chapter}#${steps[Math.max(0, i - 1)]!.id}`);
        await scrollToStep(page, step.id);
        await expectChartFollowsStep(page, `#${step.id}`);
        await page.setViewportSize({ width: start.width, height: start.height - ADDRESS_BAR });
        await expectChartFollowsStep(page, `#${step.id}, address bar shown`);
        await page.setViewportSize(start);
        await expectChartFollowsStep(page, `#${step.id}, address bar hidden`);
        if (i % 3 === 0) {
          await page.setViewportSize({ width: start.height, height: start.width });
          await expectChartFollowsStep(page, `#${step.id}, turned`);
          await page.setViewportSize(start);
          await expectChartFollowsStep(page, `#${step.id}, turned back`);
        }
      }
      expect(errors).toEqual([]);
    });

    test("once the address bar hides, every step the scroll trigger picks is the one at the trigger line", async ({ page }) => {
      const start = page.viewportSize()!;
      // The page opens with the address bar shown; the sticky chart is sized to that (svh) and keeps its size
      // when the bar hides as the reader scrolls, so only the window's height changes.
      await page.setViewportSize({ width: start.width, height: start.height - ADDRESS_BAR });
      await page.goto(chapter);
      const steps = await readSteps(page);
      await page.evaluate(() => document.documentElement.style.setProperty("--sticky-height", `${window.innerHeight}px`));
      await scrollToStep(page, steps[0]!.id);
      await expectChartFollowsStep(page, "address bar shown");
      await page.setViewportSize(start);
      await expectChartFollowsStep(page, "address bar hidden");
      // Record each step made active, and which step was at the trigger line (mid-window) at that moment.
      await page.evaluate(() => {
        const log: string[] = [];
        (window as unknown as { misfires: string[] }).misfires = log;
        for (const section of document.querySelectorAll<HTMLElement>("[data-scrolly]")) {
          const sectionSteps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
          new MutationObserver((records) => {
            for (const record of records) {
              const step = record.target as HTMLElement;
              if (!step.classList.contains("is-active") || record.oldValue?.includes("is-active")) continue;
              const trigger = window.innerHeight / 2;
              const atTrigger =
                sectionSteps[0]!.getBoundingClientRect().top > trigger
                  ? sectionSteps[0]
                  : sectionSteps.findLast((s) => s.getBoundingClientRect().top <= trigger);
              if (atTrigger !== step) log.push(`#${step.id} made active while #${atTrigger?.id} is at the trigger line`);
            }
          }).observe(section, { attributes: true, attributeFilter: ["class"], attributeOldValue: true, subtree: true });
        }
      });
      const size = page.viewportSize()!;
      await page.mouse.move(size.width / 2, size.height / 2);
      for (let i = 0; i < 80; i++) {
        await page.mouse.wheel(0, 50);
        await page.waitForTimeout(30);
      }
      await expectChartFollowsStep(page, "after reading on with the address bar hidden");
      expect(await page.evaluate(() => (window as unknown as { misfires: string[] }).misfires)).toEqual([]);
    });

    test("after text reflows (as when a font arrives) and content above the reader grows, the chart shows the step being read", async ({
      page,
    }) => {
      await page.goto(chapter);
      const steps = await readSteps(page);
      for (const step of [steps[1] ?? steps[0]!, steps.at(-2) ?? steps[0]!]) {
        await page.goto(`${chapter}#${step.id}`);
        await expectChartFollowsStep(page, `#${step.id}`);
        // A web font with other metrics: every line reflows, with no scroll or resize event.
        await page.evaluate(() => (document.documentElement.style.fontSize = "125%"));
        await expectChartFollowsStep(page, `#${step.id}, text larger`);
        // Something above the reader (a chart redrawn at a new size, an image) grows by half a screen.
        await page.evaluate(() => {
          const spacer = document.createElement("div");
          spacer.style.height = `${window.innerHeight / 2}px`;
          document.querySelector("article")!.prepend(spacer);
        });
        await expectChartFollowsStep(page, `#${step.id}, content above grew`);
        await page.evaluate(() => (document.documentElement.style.fontSize = ""));
        await expectChartFollowsStep(page, `#${step.id}, text back`);
      }
    });

    test("back and forward, also in the middle of an animation, leave the chart on the step being read", async ({ page }) => {
      await page.goto(chapter);
      const steps = await readSteps(page);
      const visits = [steps[0]!, steps.at(-1)!, steps[Math.floor(steps.length / 2)]!, steps[1] ?? steps[0]!];
      for (const step of visits) {
        await page.evaluate((id) => (location.hash = id), step.id);
        await page.waitForTimeout(100);
      }
      for (let i = 0; i < 3; i++) {
        await page.goBack();
        await page.waitForTimeout(100); // mid-transition (600 ms)
        await page.goBack();
        await expectChartFollowsStep(page, `back #${i}`);
        await page.goForward();
        await expectChartFollowsStep(page, `forward #${i}`);
      }
    });
  });
}
