import { expect, test, type Page } from "@playwright/test";
import { chapterPages } from "./builtSite.ts";
import { TRANSLATIONS } from "./sitePages.ts";
import { collectPageErrors, readSteps } from "./chapterPage.ts";
import { FUZZ_ACTIONS, type FuzzAction, type FuzzWorld } from "./fuzzActions.ts";
import { readScrollies, settled } from "./scrollyState.ts";
import { fuzzSeed, SeededRandom } from "./seededRandom.ts";

/**
 * Actions per chapter: at least 100 in CI's time (FUZZ_ACTIONS raises it for a longer hunt; each run draws a new seed,
 * so the runs add up).
 */
const ACTIONS = Math.max(100, Number(process.env.FUZZ_ACTIONS ?? 0));
/**
 * A translated chapter runs the same code on other words: a short run each (what it can break is its own markup
 * and words: ids, longer cards, redrawn labels), 40 actions (FUZZ_ACTIONS raises both, the translations' to a fifth).
 */
const EDITION_ACTIONS = Math.max(40, Math.round(Number(process.env.FUZZ_ACTIONS ?? 0) / 5));
const SEED = fuzzSeed();

/** A line of the run's log that switched a chart's reporter, by the control or by a link with ?reporter=. */
const SWITCHED = /switch a chart to|\?reporter=/;

const stateKey = (chart: string, state: string, reporter = "") => `${chart}/${state}/${reporter}`;

/** The summary each chart state draws, read once per state by opening its step's deep link. */
async function summariesByState(page: Page, chapter: string): Promise<Map<string, string>> {
  const summaries = new Map<string, string>();
  for (const step of await readSteps(page)) {
    await page.goto(`${chapter}#${step.id}`);
    const figure = page.locator(`[data-scrolly]:has(#${step.id}) [data-chart]`);
    await expect(figure).toHaveAttribute("data-state", step.state);
    const chart = (await figure.getAttribute("data-chart"))!;
    const reporter = (await figure.getAttribute("data-reporter")) ?? "";
    summaries.set(stateKey(chart, step.state, reporter), (await figure.locator(".chart-summary").textContent()) ?? "");
    // A chart with a reporter switch: its words under each of the other reporters too, by their links.
    for (const other of await figure
      .locator("[data-reporter-switch] input")
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))) {
      if (other === reporter) continue;
      await page.goto(`${chapter}?reporter=${other}#${step.id}`);
      await expect(figure).toHaveAttribute("data-reporter", other);
      await expect(figure).toHaveAttribute("data-state", step.state);
      summaries.set(stateKey(chart, step.state, other), (await figure.locator(".chart-summary").textContent()) ?? "");
    }
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
      if (scrolly.reporter !== "")
        expect(scrolly.reporter, "the chart draws the reporter the address asks for").toBe(scrolly.askedReporter);
      expect(scrolly.summary, "the chart drew that state").toBe(
        summaries.get(stateKey(scrolly.chart, scrolly.chartState, scrolly.reporter)),
      );
    }
  }).toPass({ timeout });
}

/**
 * Random reading of each chapter: jumps both ways, wheel and keys, resizes and rotations between phone
 * and desktop, deep links, back and forward, reloads, rapid step changes, presenter mode where it exists;
 * and the world around the reader: odd links (mangled, cut short, text fragments, "#50%"), the address bar
 * changing the height alone, the connection dropping and returning, chart code failing to load, back and
 * forward in the middle of an animation.
 * After each action, no console error or unhandled rejection, and once settled the chart shows the
 * active step's state. The seed is printed: FUZZ_SEED=<seed> replays the run.
 */
const runs = [
  ...chapterPages().map((chapter) => ({ chapter, actions: ACTIONS })),
  ...TRANSLATIONS.flatMap((edition) => chapterPages(edition).map((chapter) => ({ chapter, actions: EDITION_ACTIONS }))),
];
for (const { chapter, actions } of runs) {
  test(`random browsing of ${chapter} keeps the chart in step`, async ({ page, baseURL }, testInfo) => {
    test.setTimeout(20 * 60_000);
    const random = new SeededRandom(SEED);
    const replay = `FUZZ_SEED=${SEED} npx playwright test --project=fuzz -g "of ${chapter} keeps"`;
    console.log(`fuzz ${chapter}: seed ${SEED} (replay: ${replay})`);
    testInfo.annotations.push({ type: "seed", description: `${SEED}; replay: ${replay}` });

    await page.addInitScript(() => {
      window.addEventListener("unhandledrejection", (event) => console.error(`unhandled rejection: ${String(event.reason)}`));
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

    const hasSwitch = (await page.locator("[data-reporter-switch]").count()) > 0;
    const log: string[] = [];
    for (let i = 1; i <= actions; i++) {
      world.serial = i;
      const usable: FuzzAction[] = [];
      for (const action of FUZZ_ACTIONS) if (!action.available || (await action.available(world))) usable.push(action);
      // A short run may draw no switch by chance: where the chapter has one, its last action switches (by the control or a link).
      const mustSwitch = i === actions && hasSwitch && !log.some((line) => SWITCHED.test(line));
      const action = mustSwitch ? usable.find((a) => a.name.includes("reporter"))! : random.weighted(usable);
      try {
        log.push(`#${i} ${await action.run(world)}`);
        await expectInStep(page, summaries);
        // The browser reports each request the fuzz makes fail (offline, failed chunk loads); anything else is the page's.
        const pageErrors = errors.filter((e) => !/^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/.test(e));
        expect(pageErrors, "console errors and unhandled rejections").toEqual([]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          `fuzz ${chapter}, seed ${SEED}, action #${i} (${action.name}) failed; replay: ${replay}\n` +
            `last actions:\n  ${log.slice(-12).join("\n  ")}\n${message}`,
          { cause: error },
        );
      }
    }
    // A chapter whose charts have a reporter switch: the run switched them (by the control, or by a link with ?reporter=).
    const switches = log.filter((line) => SWITCHED.test(line)).length;
    if (hasSwitch) expect(switches, "reporter switches in the run").toBeGreaterThan(0);
    console.log(`fuzz ${chapter}: ${actions} actions passed, ${switches} of them switching reporters`);
  });
}
