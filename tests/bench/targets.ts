import { categories } from "./lighthouseRuns.ts";
import type { PageResult, Ratio, TargetCheck } from "./results.ts";
import { byteKinds } from "./transferBytes.ts";

/** The targets: reported by the bench, not asserted in tests, because timings vary from run to run. */
export const targets = {
  lighthouseScore: 100,
  cls: 0,
  tbtMs: 50,
  lcpMs: 1500,
  longTasksWhileScrolling: 0,
  buildMs: 20_000,
};

/** Each target for each of our pages (the baseline is a reference, not held to them), met or missed. */
export function checkTargets(pages: readonly PageResult[], buildWallMs: number | undefined, cpus: number): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const page of pages.filter((p) => p.kind === "site")) {
    const lh = page.lighthouse;
    const scores = categories.map((c) => lh.scores[c]);
    checks.push({
      target: "Lighthouse mobile 100 in all four categories",
      page: page.path,
      value: scores.join(" / "),
      met: scores.every((s) => s >= targets.lighthouseScore),
    });
    checks.push({ target: "CLS 0", page: page.path, value: lh.cls.toFixed(3), met: lh.cls <= targets.cls });
    checks.push({ target: "TBT under 50 ms", page: page.path, value: `${Math.round(lh.tbtMs)} ms`, met: lh.tbtMs < targets.tbtMs });
    checks.push({
      target: "LCP under 1.5 s (simulated)",
      page: page.path,
      value: `${Math.round(lh.lcpMs)} ms`,
      met: lh.lcpMs < targets.lcpMs,
    });
    if (page.scroll) {
      const s = page.scroll;
      checks.push({
        target: "No long task while scrolling (4x CPU)",
        page: page.path,
        value: `${s.longTasks} (median of ${s.runs}; worst run ${s.maxLongTasks}, longest ${s.longestTaskMs} ms)`,
        met: s.longTasks <= targets.longTasksWhileScrolling && s.maxLongTasks <= targets.longTasksWhileScrolling,
      });
    }
  }
  if (buildWallMs !== undefined) {
    checks.push({
      target: "Whole-site build under 20 s (2 cores)",
      page: "(site)",
      value: `${(buildWallMs / 1000).toFixed(1)} s on ${cpus} cores`,
      met: buildWallMs < targets.buildMs,
    });
  }
  return checks;
}

const total = (page: PageResult, compression: "gzip" | "raw") => byteKinds.reduce((sum, k) => sum + page.bytes.bytes[k][compression], 0);

/** Our chapter's figures as ratios to the baseline's. */
export function ratios(ours: PageResult, baseline: PageResult): Ratio[] {
  const row = (measure: string, a: number, b: number): Ratio => ({ measure, ours: a, baseline: b, ratio: b === 0 ? Number.NaN : a / b });
  const rows = [
    row("JS bytes, gzip", ours.bytes.bytes.js.gzip, baseline.bytes.bytes.js.gzip),
    row("All bytes, gzip", total(ours, "gzip"), total(baseline, "gzip")),
    row("All bytes, raw", total(ours, "raw"), total(baseline, "raw")),
    row("Requests", ours.bytes.requests, baseline.bytes.requests),
    row("LCP, ms (simulated)", ours.lighthouse.lcpMs, baseline.lighthouse.lcpMs),
    row("Speed Index, ms", ours.lighthouse.speedIndexMs, baseline.lighthouse.speedIndexMs),
    row("TBT, ms", ours.lighthouse.tbtMs, baseline.lighthouse.tbtMs),
    row("CLS", ours.lighthouse.cls, baseline.lighthouse.cls),
  ];
  if (ours.scroll && baseline.scroll) {
    rows.push(row("Long tasks while scrolling", ours.scroll.longTasks, baseline.scroll.longTasks));
    rows.push(row("Frames over 50 ms while scrolling", ours.scroll.slowFrames, baseline.scroll.slowFrames));
  }
  return rows;
}
