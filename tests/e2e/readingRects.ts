import type { Locator, Page } from "@playwright/test";

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What a reader sees of a step: its card, its section's chart plot, and the screen's height. */
export async function measure(page: Page, id: string): Promise<{ card: Rect; plot: Rect; height: number; active: boolean }> {
  return page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const rect = (el: Element) => {
      const { top, bottom, left, right } = el.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    const plot = step.closest("[data-scrolly]")!.querySelector(".chart-plot")!;
    return {
      card: rect(step.querySelector(".step-body")!),
      plot: rect(plot),
      height: window.innerHeight,
      active: step.classList.contains("is-active"),
    };
  }, id);
}

/** How a card and the plot fail a reader, in words with pixels; empty if they do not. */
export function misfits({ card, plot, height }: { card: Rect; plot: Rect; height: number }): string[] {
  const problems: string[] = [];
  const px = (n: number) => `${Math.ceil(n)} px`;
  if (card.bottom > height)
    problems.push(`card ends ${px(card.bottom - height)} below the screen (card ${px(card.bottom - card.top)} tall)`);
  if (card.top < 0) problems.push(`card starts ${px(-card.top)} above the screen`);
  if (plot.top < 0 || plot.bottom > height) problems.push(`plot not whole on screen (${px(plot.top)} to ${px(plot.bottom)})`);
  const overlap = Math.min(card.bottom, plot.bottom) - Math.max(card.top, plot.top);
  const across = Math.min(card.right, plot.right) - Math.max(card.left, plot.left);
  if (overlap > 0.5 && across > 0.5) problems.push(`card and plot overlap by ${px(overlap)}`);
  return problems;
}

/** Scrolls a step to where it becomes active scrolling down: its top just past the trigger line, half-way down the screen. */
export async function scrollToTrigger(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const top = document.getElementById(stepId)!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight / 2 + 2);
  }, id);
}

/**
 * Pairs of a chart's words drawn over each other, as "a" and "b". A text's box is its font's em box, taller
 * than its letters: the lines of one label touch by a pixel or two, so boxes count as crossing when they
 * share more than 1 px across and more than a quarter of the shorter one's height down.
 */
export async function overlappingWords(svg: Locator): Promise<string[]> {
  return svg.locator("text").evaluateAll((texts) => {
    const boxes = texts
      .map((text) => ({ text: text.textContent ?? "", box: text.getBoundingClientRect() }))
      .filter(({ text, box }) => text.trim() !== "" && box.width > 0);
    return boxes.flatMap((a, i) =>
      boxes.slice(i + 1).flatMap((b) => {
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        return across > 1 && down > Math.min(a.box.height, b.box.height) / 4 ? [`"${a.text}" and "${b.text}"`] : [];
      }),
    );
  });
}
