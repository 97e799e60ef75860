import { expect, type Page } from "@playwright/test";
import { sitePaths } from "./sitePages.ts";

export const CHAPTER = "chapters/the-tilt/";

/** Every chapter page that has at least one scrollytelling section (checked by the build tests). */
export const CHAPTERS = sitePaths().filter((path) => path.startsWith("chapters/"));

export interface StepInfo {
  id: string;
  state: string;
}

/** Every scrollytelling step on the page, in page order, as the DOM contract states them. */
export async function readSteps(page: Page): Promise<StepInfo[]> {
  return page
    .locator("[data-scrolly] [data-step]")
    .evaluateAll((steps) => steps.map((s) => ({ id: s.id, state: (s as HTMLElement).dataset.state ?? "" })));
}

/** Scrolls a step to where a reader reading it would have it: its top just above mid-screen. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const top = step.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.4);
  }, id);
}

/** The chapter's main chart: chapter 1 tells the tilt itself with the partner-shares chart. */
export const MAIN_CHART = "partner-shares";

/** The chart a step drives: the figure in the same scrollytelling section (the main chart's, without a step). */
export function chartFigure(page: Page, stepId?: string) {
  return stepId ? page.locator(`[data-scrolly]:has(#${stepId}) [data-chart]`) : page.locator(`[data-scrolly] [data-chart="${MAIN_CHART}"]`);
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

export async function expectChartState(page: Page, state: string, stepId?: string): Promise<void> {
  await expect(chartFigure(page, stepId)).toHaveAttribute("data-state", state);
}
