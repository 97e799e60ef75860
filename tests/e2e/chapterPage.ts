import { expect, type Page } from "@playwright/test";

export const CHAPTER = "chapters/the-tilt/";

export interface StepInfo {
  id: string;
  state: string;
}

/** The steps of the chapter's first scrollytelling section, in page order, as the DOM contract states them. */
export async function readSteps(page: Page): Promise<StepInfo[]> {
  return page.locator("[data-scrolly] [data-step]").evaluateAll((steps) =>
    steps.map((s) => ({ id: s.id, state: (s as HTMLElement).dataset.state ?? "" })),
  );
}

/** Scrolls a step to where a reader reading it would have it: its top just above mid-screen. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const top = step.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.4);
  }, id);
}

export function chartFigure(page: Page) {
  return page.locator("[data-scrolly] [data-chart]").first();
}

/** Fails the test on any console error or uncaught exception in the page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export async function expectChartState(page: Page, state: string): Promise<void> {
  await expect(chartFigure(page)).toHaveAttribute("data-state", state);
}
