import type { Page } from "@playwright/test";

export interface ScrollyState {
  chart: string;
  /** The state the chart figure says it shows. */
  chartState: string;
  /** Whose figures a chart with a reporter switch draws (data-reporter), "" for a chart without one. */
  reporter: string;
  /** The reporter the address asks for (`?reporter=`), Kazakhstan's when none. */
  askedReporter: string;
  /** The text summary of what the chart draws (written by the same render as its marks). */
  summary: string;
  /** Steps marked active, by id, with the state of the first. */
  active: string[];
  activeState: string | undefined;
  /** The steps a reader can be said to be on: the one across mid-screen, else the two around it. */
  reading: string[];
}

/**
 * Reads every scrollytelling section of the page as the DOM contract states it, and which steps the
 * reader is on by geometry alone: the step crossing the middle of the window, or, when the middle
 * falls between two steps, either of them (scrolling down reaches the next, scrolling up keeps the
 * last); above the first step the first, below the last the last. In presenter mode, the slide shown.
 */
export function readScrollies(page: Page): Promise<ScrollyState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-scrolly]")].map((section) => {
      const figure = section.querySelector<HTMLElement>("[data-chart]")!;
      const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
      const middle = window.innerHeight / 2;
      const boxes = steps.map((step) => step.getBoundingClientRect());
      const across = steps.filter((_, i) => boxes[i]!.top <= middle && boxes[i]!.bottom >= middle);
      const above = steps.filter((_, i) => boxes[i]!.bottom < middle).at(-1);
      const below = steps.find((_, i) => boxes[i]!.top > middle);
      const active = steps.filter((step) => step.classList.contains("is-active"));
      const byGeometry = across.length > 0 ? across : [above, below].filter((s): s is HTMLElement => s !== undefined);
      // In presenter mode the slide on screen is the one being read; a section with no slide shown keeps its step.
      const shown = steps.filter((step) => step.getClientRects().length > 0);
      const presenting = document.documentElement.classList.contains("presenting");
      const reading = !presenting ? byGeometry : shown.length > 0 ? shown : active;
      return {
        chart: figure.dataset.chart ?? "",
        chartState: figure.dataset.state ?? "",
        reporter: figure.dataset.reporter ?? "",
        askedReporter: [...figure.querySelectorAll<HTMLInputElement>("[data-reporter-switch] input")].some(
          (input) => input.value === new URLSearchParams(location.search).get("reporter"),
        )
          ? new URLSearchParams(location.search).get("reporter")!
          : "kazakhstan",
        summary: figure.querySelector(".chart-summary")?.textContent ?? "",
        active: active.map((step) => step.id),
        activeState: active[0]?.dataset.state,
        reading: reading.map((step) => step.id),
      };
    }),
  );
}

/** Resolves once the page has neither scrolled nor resized for `quietMs`: scroll triggers and debounces have run. */
export function settled(page: Page, quietMs = 300): Promise<void> {
  return page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        const bump = () => (last = performance.now());
        window.addEventListener("scroll", bump, { passive: true });
        window.addEventListener("resize", bump);
        const tick = () => {
          if (performance.now() - last < quiet) return void requestAnimationFrame(tick);
          window.removeEventListener("scroll", bump);
          window.removeEventListener("resize", bump);
          resolve();
        };
        requestAnimationFrame(tick);
      }),
    quietMs,
  );
}
