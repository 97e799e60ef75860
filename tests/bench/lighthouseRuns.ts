import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { headlessChromiumFlags, testBrowser } from "../chromium.ts";
import { median } from "./median.ts";

export const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof categories)[number];

interface OneRun {
  /** 0-100 per category. */
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  speedIndexMs: number;
  fcpMs: number;
  /** Lighthouse's own CPU benchmark of this machine during the run: low means slow or busy. */
  benchmarkIndex: number;
  /** Audits that scored under 1, by id, with their title: where a 100 was lost. */
  failedAudits: Record<string, string>;
}

/** Medians over the runs (audits failed in any run), and how many runs there were. */
export interface LighthouseResult extends OneRun {
  runs: number;
}

/** One Lighthouse run in its default mobile preset: Moto G Power screen, simulated slow 4G and 4x CPU slowdown. */
async function runOnce(url: string, port: number): Promise<OneRun> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...categories] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse gave no ${id} for ${url}`);
    return value;
  };
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
    Category,
    number
  >;
  // Only audits that count towards a category score say why a category is under 100.
  const scored = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
  const failedAudits = Object.fromEntries(
    Object.values(lhr.audits)
      .filter((a) => scored.has(a.id) && a.score !== null && a.score < 1)
      .map((a) => [a.id, `${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`]),
  );
  return {
    scores,
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    tbtMs: numeric("total-blocking-time"),
    speedIndexMs: numeric("speed-index"),
    fcpMs: numeric("first-contentful-paint"),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failedAudits,
  };
}

/**
 * Runs Lighthouse `runs` times on each URL in one headless Chromium and reports per-metric medians.
 * Runs alternate between URLs so that a burst of load from other processes does not land on one page only.
 */
export async function lighthouseRuns(urls: readonly string[], runs: number): Promise<Map<string, LighthouseResult>> {
  const chrome = await launch({ chromePath: testBrowser().path, chromeFlags: headlessChromiumFlags, logLevel: "silent" });
  const all = new Map<string, OneRun[]>(urls.map((u) => [u, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const url of urls) all.get(url)!.push(await runOnce(url, chrome.port));
    }
  } finally {
    chrome.kill();
  }
  return new Map(
    [...all].map(([url, results]) => {
      const of = (pick: (r: OneRun) => number) => median(results.map(pick));
      return [
        url,
        {
          scores: Object.fromEntries(categories.map((c) => [c, of((r) => r.scores[c])])) as Record<Category, number>,
          lcpMs: of((r) => r.lcpMs),
          cls: of((r) => r.cls),
          tbtMs: of((r) => r.tbtMs),
          speedIndexMs: of((r) => r.speedIndexMs),
          fcpMs: of((r) => r.fcpMs),
          runs: results.length,
          benchmarkIndex: of((r) => r.benchmarkIndex),
          failedAudits: Object.assign({}, ...results.map((r) => r.failedAudits)) as Record<string, string>,
        },
      ];
    }),
  );
}
