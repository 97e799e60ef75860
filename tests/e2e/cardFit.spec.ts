import { expect, test } from "@playwright/test";
import { CHAPTERS, readSteps } from "./chapterPage.ts";
import { measure, misfits, scrollToTrigger } from "./readingRects.ts";
import { editionChapters, TRANSLATIONS } from "./sitePages.ts";

/**
 * The words and the chart never fight. On a phone, when a step becomes active its whole card and the
 * whole chart plot are on screen, apart; no card ever lies over text that is not its own; and every
 * presenter slide (chart and words) fits a projector's screen without scrolling. Each test measures
 * every step of every chapter and lists every one that fails, by how many pixels. A translation's cards run a third
 * longer than the English: the first check reads every edition's chapters.
 */

const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];

for (const viewport of PHONES) {
  // Each size is set here: one project runs it (the other would repeat it at the same size).
  test.describe(`on a ${viewport.width} x ${viewport.height} phone`, { tag: "@once" }, () => {
    test.use({ viewport });

    for (const chapter of [...CHAPTERS, ...TRANSLATIONS.flatMap((edition) => editionChapters(edition))]) {
      test(`/${chapter}: each step's whole card and the whole plot are on screen, apart, when the step becomes active`, async ({
        page,
      }) => {
        await page.goto(chapter);
        const problems: string[] = [];
        const steps = await readSteps(page);
        // Scrolling down, before any deep link: while a deep link's target is on screen it stays the
        // active step (src/client/startScrollies.ts), so the two are measured in separate passes.
        for (const { id } of steps) {
          await scrollToTrigger(page, id);
          await expect(page.locator(`#${id}`)).toHaveClass(/is-active/);
          for (const problem of misfits(await measure(page, id))) problems.push(`#${id} scrolled to: ${problem}`);
        }
        for (const { id } of steps) {
          await page.evaluate((stepId) => (location.hash = stepId), id);
          await expect(page.locator(`#${id}`)).toHaveClass(/is-active/);
          for (const problem of misfits(await measure(page, id))) problems.push(`#${id} deep link: ${problem}`);
        }
        expect(problems).toEqual([]);
      });
    }

    for (const chapter of CHAPTERS) {
      test(`/${chapter}: no long scroll with nothing to read: gaps between cards stay under the reading area, and the next thing to read (the chart's notes, then the prose) follows the last card within a screen`, async ({
        page,
      }) => {
        await page.goto(chapter);
        const problems = await page.evaluate(() => {
          const found: string[] = [];
          const y = (el: Element) => el.getBoundingClientRect();
          for (const section of document.querySelectorAll("[data-scrolly]")) {
            const cards = [...section.querySelectorAll(".step-body")];
            // The screen below the stuck chart, where the cards are read.
            const reading = window.innerHeight - y(section.querySelector(".chart-main")!).height;
            cards.slice(1).forEach((card, i) => {
              const gap = y(card).top - y(cards[i]!).bottom;
              if (gap >= reading)
                found.push(
                  `${Math.round(gap)} px of blank scroll before #${card.parentElement!.id} (reading area ${Math.round(reading)} px)`,
                );
            });
            const next = section.nextElementSibling;
            if (next) {
              // On a phone the chart's notes (source, notes, tools, tables) follow the last card: they are reading, so
              // the blank scroll is from the last card to them, and from them to the prose after the section.
              const notes = section.querySelector(".chart-notes");
              const last = y(cards.at(-1)!).bottom;
              const notesAfter = notes && y(notes).top >= last ? y(notes) : undefined;
              const blanks = notesAfter ? [notesAfter.top - last, y(next).top - notesAfter.bottom] : [y(next).top - last];
              for (const blank of blanks)
                if (blank > window.innerHeight)
                  found.push(
                    `${Math.round(blank)} px of blank scroll after #${cards.at(-1)!.parentElement!.id}, before the next thing to read`,
                  );
            }
          }
          return found;
        });
        expect(problems).toEqual([]);
      });

      test(`/${chapter}: no card lies over text that is not its own, at any scroll position`, async ({ page }) => {
        await page.goto(chapter);
        const problems = await page.evaluate(async () => {
          const found = new Set<string>();
          const cards = [...document.querySelectorAll<HTMLElement>("[data-step] .step-body")];
          // Every element that shows text of its own, outside the cards (prose, notes, tools, chart labels).
          const texts = [...document.querySelectorAll<Element>("main *")].filter(
            (el) =>
              !el.closest("[data-step]") &&
              !el.closest(".visually-hidden") &&
              // Not folded away (a closed disclosure's contents are laid out but not drawn).
              el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) &&
              [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== ""),
          );
          const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const end = document.documentElement.scrollHeight - window.innerHeight;
          for (let y = 0; y <= end + window.innerHeight / 8; y += window.innerHeight / 8) {
            window.scrollTo(0, Math.min(y, end));
            await settle();
            for (const card of cards) {
              const c = card.getBoundingClientRect();
              if (c.bottom < 0 || c.top > window.innerHeight) continue;
              for (const el of texts) {
                const t = el.getBoundingClientRect();
                const top = Math.max(c.top, t.top, 0);
                const bottom = Math.min(c.bottom, t.bottom, window.innerHeight);
                const left = Math.max(c.left, t.left);
                const right = Math.min(c.right, t.right);
                if (bottom - top < 1 || right - left < 1) continue;
                // Where both are, which is on top: the card covers the text if the card is hit there.
                const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
                if (hit && card.contains(hit)) found.add(`#${card.parentElement!.id} over "${(el.textContent ?? "").trim().slice(0, 40)}"`);
              }
            }
          }
          return [...found];
        });
        expect(problems).toEqual([]);
      });
    }
  });
}

const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

for (const viewport of PROJECTORS) {
  test.describe(`presenter mode at ${viewport.width} x ${viewport.height}`, { tag: "@once" }, () => {
    test.use({ viewport });

    for (const chapter of CHAPTERS) {
      test(`/${chapter}: every slide, chart and words, fits the screen without scrolling`, async ({ page }) => {
        await page.goto(chapter);
        const steps = await readSteps(page);
        await page.goto(`${chapter}?present#${steps[0]!.id}`);
        await expect(page.locator("html")).toHaveClass(/presenting/);
        const problems: string[] = [];
        for (const [i, { id }] of steps.entries()) {
          if (i > 0) await page.keyboard.press("ArrowRight");
          await expect(page.locator(`#${id}`)).toBeVisible();
          const slide = await page.evaluate((stepId) => {
            const step = document.getElementById(stepId)!;
            const box = (el: Element) => {
              const { top, bottom, left, right } = el.getBoundingClientRect();
              return { top, bottom, left, right };
            };
            const words = step.closest(".scrolly-steps")!;
            return {
              card: box(step.querySelector(".step-body")!),
              plot: box(step.closest("[data-scrolly]")!.querySelector(".chart-plot")!),
              height: window.innerHeight,
              hiddenWords: words.scrollHeight - words.clientHeight,
            };
          }, id);
          for (const problem of misfits(slide)) problems.push(`#${id}: ${problem}`);
          if (slide.hiddenWords > 1) problems.push(`#${id}: ${slide.hiddenWords} px of words scroll out of sight`);
          expect(slide.plot.bottom - slide.plot.top, `#${id}: the chart is large`).toBeGreaterThanOrEqual(224);
        }
        expect(problems).toEqual([]);
      });
    }
  });
}
