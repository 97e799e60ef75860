import { expect, test, type Page } from "@playwright/test";
import { DEFAULT_REPORTER, reporters as REPORTERS } from "../../src/charts/reporters.ts";
import { CHAPTERS, chartFigure, expectChartState, readSteps } from "./chapterPage.ts";
import { overlappingWords, scrollToTrigger } from "./readingRects.ts";
import { editionChapters, TRANSLATIONS } from "./sitePages.ts";

/**
 * On the smallest phone, in every edition, the chart each step shows has no two words over each other and no word
 * cut off, measured in the browser's own font. The build's placement estimates a text's width from its
 * length (src/charts/labelSpace.ts); Cyrillic runs wider than that estimate, and once drew the Russian
 * customs-union label into its neighbour while the unit tests passed.
 */

test.describe("on a 360 x 640 phone", { tag: "@once" }, () => {
  test.use({ viewport: { width: 360, height: 640 } });

  for (const chapter of [...CHAPTERS, ...TRANSLATIONS.flatMap((edition) => editionChapters(edition))]) {
    test(`/${chapter}: each step's chart has no words over each other and none cut off`, async ({ page }) => {
      // Without motion a chart is drawn in its new state at once, so it is measured as it ends.
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.goto(chapter);
      const problems: string[] = [];
      // Under each reporter a chapter's switch offers (its own figures, the partners', both): each draws other words.
      const switchable = (await page.locator("[data-chart][data-reporter]").count()) > 0;
      for (const reporter of switchable ? REPORTERS : [DEFAULT_REPORTER]) {
        if (reporter !== DEFAULT_REPORTER) await page.goto(`${chapter}?reporter=${reporter}`);
        problems.push(...(await measureSteps(page)).map((problem) => `${reporter}: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
});

/** Every step's chart, scrolled to in turn: the words drawn over each other, and those the screen's edge cuts. */
async function measureSteps(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const { id, state } of await readSteps(page)) {
    await scrollToTrigger(page, id);
    await expectChartState(page, state, id);
    const svg = chartFigure(page, id).locator("svg");
    // A chart its steps change is redrawn at its real size once its code arrives; one they never change (no data in
    // the page) stays as built, scaled to the screen. Either is measured as the reader sees it.
    await expect
      .poll(
        () =>
          svg.evaluate(
            (root: SVGSVGElement) =>
              !root.closest("[data-chart]")!.querySelector("[data-chart-data]") ||
              root.viewBox.baseVal.width <= document.documentElement.clientWidth,
          ),
        { message: `#${id} redrawn at the screen's size` },
      )
      .toBe(true);
    for (const pair of await overlappingWords(svg)) problems.push(`#${id}: ${pair} overlap`);
    // The chart's SVG lets a word run past its frame (overflow: visible); the first box around it that clips, or the
    // screen, cuts it.
    const cut = await svg.evaluate((root) => {
      let clip: Element | null = root.parentElement;
      while (clip && getComputedStyle(clip).overflowX === "visible") clip = clip.parentElement;
      const frame = clip ? clip.getBoundingClientRect() : { left: 0, right: document.documentElement.clientWidth };
      const left = Math.max(0, frame.left);
      const right = Math.min(document.documentElement.clientWidth, frame.right);
      return [...root.querySelectorAll("text")].flatMap((text) => {
        const box = text.getBoundingClientRect();
        const out = box.width > 0 && (box.left < left - 0.5 || box.right > right + 0.5);
        return out ? [`"${text.textContent}" is cut off by ${Math.round(Math.max(left - box.left, box.right - right))} px`] : [];
      });
    });
    for (const problem of cut) problems.push(`#${id}: ${problem}`);
  }
  return problems;
}
