import { expect, test, type Page } from "@playwright/test";
import { chapterPages } from "./builtSite.ts";
import { collectPageErrors, readSteps } from "./chapterPage.ts";
import { FUZZ_ACTIONS, type FuzzAction, type FuzzWorld } from "./fuzzActions.ts";
import { readScrollies, settled } from "./scrollyState.ts";
import { fuzzSeed, SeededRandom } from "./seededRandom.ts";

/** Actions per chapter: at least 200 (FUZZ_ACTIONS raises it for a longer hunt). */
const ACTIONS = Math.max(200, Number(process.env.FUZZ_ACTIONS ?? 0));
const SEED = fuzzSeed();
/**
 * Known bug, reported for src/client/startScrollies.ts: after the window is resized or rotated
 * without scrolling, the layout moves other steps under the reading line, but the chart keeps the
 * step it had until the next scroll. Until that is fixed, a mismatch right after a resize is recorded
 * (annotation "resize-desync") and the test scrolls one pixel, as a reader would, before checking
 * again; FUZZ_STRICT=1 makes it fail instead. Set this to false with the fix.
 */
const RESIZE_DESYNC_KNOWN = process.env.FUZZ_STRICT !== "1";

/** The summary each state draws, read once per state by opening its step's deep link. */
async function summariesByState(page: Page, chapter: string): Promise<Map<string, string>> {
  const summaries = new Map<string, string>();
  for (const step of await readSteps(page)) {
    await page.goto(`${chapter}#${step.id}`);
    await expect(page.locator("[data-scrolly] [data-chart]").first()).toHaveAttribute("data-state", step.state);
    summaries.set(step.state, (await readScrollies(page))[0]!.summary);
  }
  return summaries;
}

/** Waits for the page to settle, then for every scrolly to show the state of the step being read. */
async function expectInStep(page: Page, summaries: Map<string, string>, timeout = 10_000): Promise<void> {
  await settled(page);
  await expect(async () => {
    for (const scrolly of await readScrollies(page)) {
      expect(scrolly.active, "exactly one active step").toHaveLength(1);
      expect(scrolly.reading, "the active step is the one being read").toContain(scrolly.active[0]);
      expect(scrolly.chartState, "the chart shows the active step's state").toBe(scrolly.activeState);
      expect(scrolly.summary, "the chart drew that state").toBe(summaries.get(scrolly.chartState));
    }
  }).toPass({ timeout });
}

/** After a resize, the known desync (see RESIZE_DESYNC_KNOWN): true when it happened and a scroll cured it. */
async function resyncAfterResize(page: Page, summaries: Map<string, string>): Promise<boolean> {
  const inStep = await expectInStep(page, summaries, 3_000).then(
    () => true,
    () => false,
  );
  if (inStep) return false;
  await page.evaluate(() => window.scrollBy(0, window.scrollY > 0 ? -1 : 1));
  return true;
}

/**
 * Random reading of each chapter: jumps both ways, wheel and keys, resizes and rotations between phone
 * and desktop, deep links, back and forward, reloads, rapid step changes, presenter mode where it exists.
 * After each action, no console error or unhandled rejection, and once settled the chart shows the
 * active step's state. The seed is printed: FUZZ_SEED=<seed> replays the run.
 */
for (const chapter of chapterPages()) {
  test(`random browsing of ${chapter} keeps the chart in step`, async ({ page, baseURL }, testInfo) => {
    test.setTimeout(20 * 60_000);
    const random = new SeededRandom(SEED);
    const replay = `FUZZ_SEED=${SEED} npx playwright test --project=fuzz -g "${chapter}"`;
    console.log(`fuzz ${chapter}: seed ${SEED} (replay: ${replay})`);
    testInfo.annotations.push({ type: "seed", description: `${SEED}; replay: ${replay}` });

    await page.addInitScript(() => {
      window.addEventListener("unhandledrejection", (event) =>
        console.error(`unhandled rejection: ${String(event.reason)}`),
      );
    });
    const errors = collectPageErrors(page);
    await page.goto(chapter);
    const summaries = await summariesByState(page, chapter);
    await page.goto(chapter);
    const world: FuzzWorld = {
      page,
      chapter,
      chapterHref: new URL(chapter, baseURL).href.replace(/\/$/, ""),
      steps: await readSteps(page),
      random,
      serial: 0,
    };

    const log: string[] = [];
    for (let i = 1; i <= ACTIONS; i++) {
      world.serial = i;
      const usable: FuzzAction[] = [];
      for (const action of FUZZ_ACTIONS) if (!action.available || (await action.available(world))) usable.push(action);
      const action = random.weighted(usable);
      try {
        log.push(`#${i} ${await action.run(world)}`);
        if (RESIZE_DESYNC_KNOWN && action.changesLayout && (await resyncAfterResize(page, summaries))) {
          testInfo.annotations.push({ type: "resize-desync", description: log.slice(-3).join("; ") });
        }
        await expectInStep(page, summaries);
        expect(errors, "console errors and unhandled rejections").toEqual([]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          `fuzz ${chapter}, seed ${SEED}, action #${i} (${action.name}) failed; replay: ${replay}\n` +
            `last actions:\n  ${log.slice(-12).join("\n  ")}\n${message}`,
        );
      }
    }
    const desyncs = testInfo.annotations.filter((a) => a.type === "resize-desync").length;
    console.log(`fuzz ${chapter}: ${ACTIONS} actions passed${desyncs ? `, ${desyncs} known resize desyncs` : ""}`);
  });
}
