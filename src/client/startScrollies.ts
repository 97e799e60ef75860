import type { ChartModel, Size } from "../charts/marks.ts";
import { loadChartDraw } from "./chartDraws.ts";
import { retriableImport } from "./retriableImport.ts";
import type { drawMarks } from "./drawMarks.ts";
import { isPresenting } from "./presenter.ts";
import type { ScrollyController } from "./scrollyController.ts";
import { addEmbedBox, updateEmbedCode } from "./embedCode.ts";
import { stepScroller } from "./stepScroller.ts";
import { fragmentTarget } from "./urlTarget.ts";
import { askedReporter, onReporterChoice, showReporter } from "./reporterSwitch.ts";
import type { Reporter } from "../charts/reporters.ts";
import { uiText } from "./uiText.ts";

/** The code that animates any chart's marks, fetched with the first chart's and fetched again after a failed try. */
const loadDrawMarks = retriableImport(() => import("./drawMarks.ts"));

const RESIZE_DEBOUNCE_MS = 150;
/** Waits before retrying a chart's code that failed to load: doubling from 1 s, at most 30 s. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;
/** Failed loads before the figure says so; until then the reader sees the built chart and nothing else. */
const FAILURES_BEFORE_NOTE = 3;

const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** The step crossing the trigger line (mid-viewport, where scrollama's trigger is), by geometry alone. */
function stepAtTrigger(steps: HTMLElement[]): HTMLElement | undefined {
  const trigger = window.innerHeight / 2;
  const first = steps[0];
  if (!first || first.getBoundingClientRect().top > trigger) return first;
  return steps.findLast((step) => step.getBoundingClientRect().top <= trigger);
}

/**
 * The step the reader is on. On landing and when the fragment changes, the step the link names (read
 * leniently, never throwing) if it is on screen; at every other moment the step at the trigger line, the
 * same rule scrollama follows, so the settle pass and the trigger never disagree.
 */
function currentStep(steps: HTMLElement[], fromLink: boolean): HTMLElement | undefined {
  const target = fromLink ? fragmentTarget(document, location.hash) : undefined;
  if (target && steps.includes(target)) {
    const { top, bottom } = target.getBoundingClientRect();
    if (bottom > 0 && top < window.innerHeight) return target;
  }
  return stepAtTrigger(steps);
}

/** A small line in the figure while its animation cannot load; the built chart and its table still work. */
function showLoadNote(figure: HTMLElement, show: boolean): void {
  let note = figure.querySelector<HTMLElement>(".chart-load-note");
  if (!show) return note?.remove();
  if (note) return;
  note = document.createElement("p");
  note.className = "chart-load-note";
  note.setAttribute("role", "status");
  note.textContent = uiText("loadNote");
  figure.querySelector(".chart-plot")?.after(note);
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
  addEmbedBox(figure);

  // A section hidden (as in presenter mode, other sections' charts are) measures 0: it keeps its last size.
  const measure = (): Size | undefined => {
    const box = { width: Math.round(plot.clientWidth), height: Math.round(plot.clientHeight) };
    return box.width > 0 && box.height > 0 ? box : undefined;
  };
  let size: Size = { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height };
  let active: HTMLElement | undefined;
  /** The chart bound to its rows, once its drawing code has loaded. */
  let draw: ((state: string, size: Size, reporter?: Reporter) => ChartModel | undefined) | undefined;
  /** Whose figures it draws, for a chart with a reporter switch (src/client/reporterSwitch.ts); else undefined. */
  let reporter = figure.dataset.reporter && askedReporter(figure);
  onReporterChoice(figure);
  /** drawMarks.ts, fetched with the chart's drawing code: a page whose charts never change never loads it. */
  let paint: typeof drawMarks | undefined;
  let loading: Promise<void> | undefined;
  /** Failed loads so far, and the timer of the next try while one is waiting. */
  let failures = 0;
  let retry: number | undefined;

  const render = (state: string, animate: boolean) => {
    // Until its drawing code arrives the chart keeps the state it was built in; it then catches up.
    if (!draw || !paint) {
      // After a failed load, the next try waits for its time (or for the browser to come back online).
      if ((state !== figure.dataset.state || reporter !== figure.dataset.reporter) && retry === undefined) void load();
      return;
    }
    const model = draw(state, size, reporter as Reporter | undefined);
    if (!model) return;
    paint(svg, model, animate && !prefersReducedMotion());
    figure.dataset.state = state;
    if (reporter) showReporter(figure, reporter);
    updateEmbedCode(figure, state);
    if (summary.textContent !== model.summary) summary.textContent = model.summary;
  };

  /**
   * Fetches the chart's drawing code and parses its data, once, then redraws it at its real size in
   * the step being read. Done when the chart is about to be seen or must change, not at start-up:
   * fetching and parsing every chart's code at once held the page for 100-200 ms on a 4x slower CPU.
   * A failed fetch (a train, a classroom's Wi-Fi) keeps the built chart and is retried with backoff and
   * as soon as the browser is back online; only if it keeps failing does the figure say so.
   */
  const load = (): Promise<void> =>
    (loading ??= (async () => {
      if (!dataScript) return;
      const [loaded, marks] = await Promise.all([loadChartDraw(figure.dataset.chart ?? ""), loadDrawMarks()]);
      if (!loaded) return;
      const withRows = loaded.withRows(dataScript.textContent ?? "null");
      // The first redraw is the biggest (every mark moves to the real size): a task of its own.
      await new Promise((resolve) => window.setTimeout(resolve, 0));
      draw = withRows;
      paint = marks.drawMarks;
      size = measure() ?? size;
      window.clearTimeout(retry);
      showLoadNote(figure, false);
      render(active?.dataset.state ?? figure.dataset.state ?? "", false);
    })().catch(() => {
      loading = undefined;
      failures += 1;
      if (failures >= FAILURES_BEFORE_NOTE) showLoadNote(figure, true);
      window.clearTimeout(retry);
      retry = window.setTimeout(
        () => {
          retry = undefined;
          void load();
        },
        Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures - 1)),
      );
    }));
  window.addEventListener("online", () => {
    if (failures === 0 || draw) return;
    window.clearTimeout(retry);
    retry = undefined;
    void load();
  });

  const activate = (step: HTMLElement | undefined, animate: boolean) => {
    if (!step || step === active) return;
    active = step;
    for (const s of steps) s.classList.toggle("is-active", s === step);
    if (step.dataset.state !== figure.dataset.state || !animate) render(step.dataset.state ?? "", animate);
  };

  activate(currentStep(steps, true), false);
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
  const followReading = (animate: boolean, fromLink = false) => {
    if (!isPresenting()) activate(currentStep(steps, fromLink), animate);
  };

  // Fast scrolls can outrun the trigger, and a resize, a rotation, the phone's address bar, a font
  // arriving or anything above changing height moves the steps without a scroll event: once any of
  // these settles, re-measure the trigger and re-derive the step from the same rule.
  let settle: number | undefined;
  let remeasure = false;
  const followWhenSettled = (moved = false) => {
    remeasure ||= moved;
    window.clearTimeout(settle);
    settle = window.setTimeout(() => {
      if (remeasure) scroller.resize();
      remeasure = false;
      followReading(true);
    }, RESIZE_DEBOUNCE_MS);
  };
  window.addEventListener("scroll", () => followWhenSettled(), { passive: true });
  window.addEventListener("resize", () => followWhenSettled(true));
  window.addEventListener("popstate", () => {
    // Back, forward or the switch: the reporter in the address, animated like a step.
    const asked = reporter && askedReporter(figure);
    if (asked !== reporter) {
      reporter = asked;
      render(figure.dataset.state ?? "", true);
    }
    followWhenSettled(true);
  });
  // Back to a page kept in memory (the back-forward cache): its steps may sit elsewhere now.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) followWhenSettled(true);
  });
  void document.fonts?.ready.then(() => followWhenSettled(true));
  let pageHeight = document.documentElement.scrollHeight;
  new ResizeObserver(() => {
    const height = document.documentElement.scrollHeight;
    if (height === pageHeight) return;
    pageHeight = height;
    followWhenSettled(true);
  }).observe(document.body);
  window.addEventListener("hashchange", () => followReading(false, true));
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
