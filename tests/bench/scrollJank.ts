import type { Browser, Page } from "@playwright/test";
import { median } from "./median.ts";

/** Lighthouse's mobile preset screen (Moto G Power), so the scroll sees the layout Lighthouse scores. */
export const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
export const CPU_SLOWDOWN = 4;
/** About two phone screens a second: a reader moving briskly through the story, not a single fling. */
export const SCROLL_PX_PER_S = 1500;
const LONG_MS = 50;

export interface ScrollRun {
  /** Tasks over 50 ms on the main thread while scrolling (Long Tasks API). */
  longTasks: number;
  longestTaskMs: number;
  /** Frames that took over 50 ms from one animation frame to the next while scrolling. */
  slowFrames: number;
  frames: number;
  /** Layout shift while scrolling: charts that resize or redraw into a different box would show here. */
  layoutShift: number;
}

export interface ScrollResult extends ScrollRun {
  runs: number;
  /** The worst run's long tasks, so one bad run is not hidden by the median. */
  maxLongTasks: number;
  /** The longest task of any run, not a median. */
  longestTaskMs: number;
}

interface Recorder {
  tasks: number[];
  intervals: number[];
  layoutShift: number;
  stop: () => void;
}

/** Runs in the page: starts counting long tasks, frame intervals and layout shifts on `window.__scrollRecorder`. */
function startRecorder(): void {
  const recorder: Recorder = { tasks: [], intervals: [], layoutShift: 0, stop: () => {} };
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) recorder.tasks.push(entry.duration);
  });
  tasks.observe({ type: "longtask" });
  const shifts = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) recorder.layoutShift += entry.value;
    }
  });
  shifts.observe({ type: "layout-shift" });
  let running = true;
  let last: number | undefined;
  const frame = (now: number) => {
    if (!running) return;
    if (last !== undefined) recorder.intervals.push(now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  recorder.stop = () => {
    running = false;
    for (const entry of tasks.takeRecords()) recorder.tasks.push(entry.duration);
    tasks.disconnect();
    shifts.disconnect();
  };
  (window as unknown as { __scrollRecorder: Recorder }).__scrollRecorder = recorder;
}

/** Runs in the page: stops the recorder and reduces what it saw. */
function stopRecorder(longMs: number): ScrollRun {
  const recorder = (window as unknown as { __scrollRecorder: Recorder }).__scrollRecorder;
  recorder.stop();
  return {
    longTasks: recorder.tasks.filter((d) => d > longMs).length,
    longestTaskMs: Math.round(Math.max(0, ...recorder.tasks)),
    slowFrames: recorder.intervals.filter((d) => d > longMs).length,
    frames: recorder.intervals.length,
    layoutShift: recorder.layoutShift,
  };
}

/**
 * Scrolls from the top of the page to the bottom with a synthetic scroll gesture: the browser scrolls as it
 * does for a real wheel or trackpad (off the main thread where it can), not with scrollTo from script, which
 * would force layouts that no reader causes. Headless Chromium ignores synthetic touch swipes, so this is
 * the closest to a finger it allows.
 */
async function scrollToBottom(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const distance = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  const { width, height } = page.viewportSize()!;
  await cdp.send("Input.synthesizeScrollGesture", {
    x: Math.round(width / 2),
    y: Math.round(height / 2),
    yDistance: -distance,
    speed: SCROLL_PX_PER_S,
    gestureSourceType: "mouse",
    preventFling: true,
  });
  await cdp.detach();
}

export interface ScrollTarget {
  url: string;
  /** false: the same page with its scripts blocked, to show what scrolling costs on this machine without any. */
  scripts: boolean;
}

async function scrollOnce(browser: Browser, { url, scripts }: ScrollTarget): Promise<ScrollRun> {
  const context = await browser.newContext(phone);
  if (!scripts) await context.route(/\.m?js(?:\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.goto(url, { waitUntil: "networkidle" });
  // Start from a quiet page: start-up work is Lighthouse's to judge (TBT), not the scroll's.
  await page.waitForTimeout(1000);
  await page.evaluate(startRecorder);
  await scrollToBottom(page);
  // Let the settle timers and the last transition run: their work counts too.
  await page.waitForTimeout(1200);
  const run = await page.evaluate(stopRecorder, LONG_MS);
  await context.close();
  return run;
}

function summarise(results: readonly ScrollRun[]): ScrollResult {
  const of = (pick: (r: ScrollRun) => number) => median(results.map(pick));
  return {
    longTasks: of((r) => r.longTasks),
    longestTaskMs: Math.max(...results.map((r) => r.longestTaskMs)),
    slowFrames: of((r) => r.slowFrames),
    frames: of((r) => r.frames),
    layoutShift: of((r) => r.layoutShift),
    runs: results.length,
    maxLongTasks: Math.max(...results.map((r) => r.longTasks)),
  };
}

/**
 * Scrolls each target top to bottom `runs` times under 4x CPU throttling and reports medians per target.
 * Runs alternate between targets, so a burst of load from other processes does not land on one page only.
 */
export async function scrollJank(browser: Browser, targets: readonly ScrollTarget[], runs: number): Promise<ScrollResult[]> {
  const results = targets.map((): ScrollRun[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [t, target] of targets.entries()) results[t]!.push(await scrollOnce(browser, target));
  }
  return results.map(summarise);
}
