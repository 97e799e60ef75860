import type { ChartDraw, Size } from "../charts/marks.ts";
import { loadChartDraw } from "./chartDraws.ts";
import { isPresenting } from "./presenter.ts";
import { drawMarks } from "./drawMarks.ts";
import { updateEmbedCode } from "./embedCode.ts";
import { stepScroller } from "./stepScroller.ts";

const RESIZE_DEBOUNCE_MS = 150;

const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** The step the reader is on: the hash target if it is a step here, else the one crossing mid-viewport. */
function currentStep(steps: HTMLElement[]): HTMLElement | undefined {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target && steps.includes(target)) {
    const { top, bottom } = target.getBoundingClientRect();
    if (bottom > 0 && top < window.innerHeight) return target;
  }
  const trigger = window.innerHeight / 2;
  const first = steps[0];
  if (!first || first.getBoundingClientRect().top > trigger) return first;
  return steps.findLast((step) => step.getBoundingClientRect().top <= trigger);
}

/** What other browser code (the presenter) may do with a running scrolly section. */
export interface ScrollyController {
  section: HTMLElement;
  steps: HTMLElement[];
  /** Puts the chart in the step's state and marks the step active, without scrolling. */
  show(step: HTMLElement, animate: boolean): void;
}

function startScrolly(section: HTMLElement): ScrollyController | undefined {
  const figure = section.querySelector<HTMLElement>("[data-chart]");
  const svg = figure?.querySelector<SVGSVGElement>("svg");
  const plot = figure?.querySelector<HTMLElement>(".chart-plot");
  const summary = figure?.querySelector<HTMLElement>(".chart-summary");
  const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
  if (!figure || !svg || !plot || !summary || steps.length === 0) return undefined;
  // Only a chart whose steps change its state carries its data; one that never changes stays as built.
  const dataScript = figure.querySelector("[data-chart-data]");

  // A section hidden (as in presenter mode, other sections' charts are) measures 0: it keeps its last size.
  const measure = (): Size | undefined => {
    const box = { width: Math.round(plot.clientWidth), height: Math.round(plot.clientHeight) };
    return box.width > 0 && box.height > 0 ? box : undefined;
  };
  let size: Size = { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height };
  let active: HTMLElement | undefined;
  let draw: ChartDraw | undefined;
  let data: unknown;
  let loading: Promise<void> | undefined;

  const render = (state: string, animate: boolean) => {
    // Until its drawing code arrives the chart keeps the state it was built in; it then catches up.
    if (!draw) {
      if (state !== figure.dataset.state) void load();
      return;
    }
    const model = draw(data, state, size);
    drawMarks(svg, model, animate && !prefersReducedMotion());
    figure.dataset.state = state;
    updateEmbedCode(figure, state);
    if (summary.textContent !== model.summary) summary.textContent = model.summary;
  };

  /**
   * Fetches the chart's drawing code and parses its data, once, then redraws it at its real size in
   * the step being read. Done when the chart is about to be seen or must change, not at start-up:
   * fetching and parsing every chart's code at once held the page for 100-200 ms on a 4x slower CPU.
   */
  const load = (): Promise<void> =>
    (loading ??= (async () => {
      if (!dataScript) return;
      const loaded = await loadChartDraw(figure.dataset.chart ?? "");
      if (!loaded) return;
      const parsed: unknown = JSON.parse(dataScript.textContent ?? "null");
      // The first redraw is the biggest (every mark moves to the real size): a task of its own.
      await new Promise((resolve) => window.setTimeout(resolve, 0));
      data = parsed;
      draw = loaded;
      size = measure() ?? size;
      render(active?.dataset.state ?? figure.dataset.state ?? "", false);
    })());

  const activate = (step: HTMLElement | undefined, animate: boolean) => {
    if (!step || step === active) return;
    active = step;
    for (const s of steps) s.classList.toggle("is-active", s === step);
    if (step.dataset.state !== figure.dataset.state || !animate) render(step.dataset.state ?? "", animate);
  };

  activate(currentStep(steps), false);
  section.classList.add("is-live");
  if (dataScript) {
    // One screen ahead in either direction, so the chart is redrawn at its size before it comes into view.
    const approach = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        approach.disconnect();
        void load();
      },
      { rootMargin: "100% 0px" },
    );
    approach.observe(section);
  }

  // In presenter mode the presenter alone moves the chart (and turns a new hash into its slide).
  const scroller = stepScroller(steps, (step) => {
    if (!isPresenting()) activate(step, true);
  });
  const followReading = (animate: boolean) => {
    if (!isPresenting()) activate(currentStep(steps), animate);
  };

  // Fast scrolls can outrun the trigger, and a resize or rotation moves the steps without a scroll
  // event: once either settles, re-derive the step and jump to it.
  let settle: number | undefined;
  const followWhenSettled = () => {
    window.clearTimeout(settle);
    settle = window.setTimeout(() => followReading(true), RESIZE_DEBOUNCE_MS);
  };
  window.addEventListener("scroll", followWhenSettled, { passive: true });
  window.addEventListener("resize", followWhenSettled);
  window.addEventListener("hashchange", () => followReading(false));
  // Keyboard readers tab from step to step; the focused step is the one being read, so bring it to
  // the reading line (where a deep link puts it) and the scroll-derived step agrees with it.
  section.addEventListener("focusin", (event) => {
    const step = steps.find((s) => s.contains(event.target as Node));
    if (!step) return;
    const { top, bottom } = step.getBoundingClientRect();
    const trigger = window.innerHeight / 2;
    if (top > trigger || bottom < trigger) step.scrollIntoView({ block: "start" });
    activate(step, true);
  });

  let resizing: number | undefined;
  new ResizeObserver(() => {
    window.clearTimeout(resizing);
    resizing = window.setTimeout(() => {
      const next = measure();
      if (!next || (next.width === size.width && next.height === size.height)) return;
      size = next;
      scroller.resize();
      if (draw) render(figure.dataset.state ?? "", false);
    }, RESIZE_DEBOUNCE_MS);
  }).observe(plot);

  return { section, steps, show: activate };
}

/** Brings every scrollytelling section on the page to life; without scripts they read as static pages. */
export function startScrollies(root: Document): ScrollyController[] {
  root.documentElement.classList.add("js");
  return [...root.querySelectorAll<HTMLElement>("[data-scrolly]")].flatMap((section) => startScrolly(section) ?? []);
}
