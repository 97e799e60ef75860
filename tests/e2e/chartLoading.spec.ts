import { existsSync, readFileSync, readdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { CHAPTERS, collectPageErrors, expectChartState, readSteps, scrollToStep } from "./chapterPage.ts";

/** Every chart with drawing code: each one's browser chunk is named after its folder, src/charts/<chart id>/draw.ts. */
const CHARTS = readdirSync("src/charts").filter((folder) => existsSync(`src/charts/${folder}/draw.ts`));

/** The charts whose drawing code the page has fetched so far, each with its chunk's file name. */
function fetchedCharts(page: Page): Map<string, string> {
  const fetched = new Map<string, string>();
  page.on("request", (request) => {
    const file = new URL(request.url()).pathname.split("/").pop() ?? "";
    const chart = CHARTS.find((id) => file.startsWith(`${id}.`) && file.endsWith(".js"));
    if (chart) fetched.set(chart, file);
  });
  return fetched;
}

/** A built chunk's text, from the folder the tests serve. */
const chunkText = (file: string) => readFileSync(`${process.env.DIST ?? "dist"}/_astro/${file}`, "utf8");

/** The animated charts of the page (those that carry their data), each with how far below the screen it starts. */
function animatedCharts(page: Page): Promise<{ chart: string; screensBelow: number }[]> {
  return page.locator("[data-scrolly]:has([data-chart-data])").evaluateAll((sections) =>
    sections.map((section) => ({
      chart: section.querySelector<HTMLElement>("[data-chart]")!.dataset.chart!,
      screensBelow: section.getBoundingClientRect().top / window.innerHeight - 1,
    })),
  );
}

for (const chapter of CHAPTERS) {
  test.describe(`/${chapter} chart code`, () => {
    test("is fetched only for the charts near the reader, and each chart catches up when reached", async ({ page }) => {
      const errors = collectPageErrors(page);
      const fetched = fetchedCharts(page);
      await page.goto(chapter);
      await page.waitForLoadState("networkidle");
      const charts = await animatedCharts(page);
      const far = charts.filter((c) => c.screensBelow > 1.5).map((c) => c.chart);
      const near = charts.filter((c) => c.screensBelow < 0.5).map((c) => c.chart);
      test.skip(far.length === 0, "every animated chart starts within a screen of the top");
      for (const chart of near) expect(fetched.has(chart), `${chart} is near: its code is fetched`).toBe(true);
      for (const chart of far) expect(fetched.has(chart), `${chart} is far: its code waits`).toBe(false);

      // Reading on: every chart's code arrives and every step still moves its chart.
      for (const step of await readSteps(page)) {
        await scrollToStep(page, step.id);
        await expectChartState(page, step.state, step.id);
      }
      // Every animated chart's code arrived; any other chart's chunk came only because one of those imports it
      // (import-shares draws with partner-shares' code, and its chunk re-exports that chunk).
      const animated = new Set(charts.map((c) => c.chart));
      for (const chart of animated) expect(fetched.has(chart), `${chart}'s code arrived`).toBe(true);
      for (const [chart, file] of fetched) {
        if (animated.has(chart)) continue;
        const importers = [...animated].filter((a) => fetched.has(a) && chunkText(fetched.get(a)!).includes(`./${file}`));
        expect(importers, `${chart}'s code was fetched though no chart on the page needs it`).not.toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  });
}
