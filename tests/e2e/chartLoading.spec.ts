import { existsSync, readdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { CHAPTERS, collectPageErrors, expectChartState, readSteps, scrollToStep } from "./chapterPage.ts";

/** Every chart with drawing code: each one's browser chunk is named after its folder, src/charts/<chart id>/draw.ts. */
const CHARTS = readdirSync("src/charts").filter((folder) => existsSync(`src/charts/${folder}/draw.ts`));

/** The charts whose drawing code the page has fetched so far. */
function fetchedCharts(page: Page): Set<string> {
  const fetched = new Set<string>();
  page.on("request", (request) => {
    const file = new URL(request.url()).pathname.split("/").pop() ?? "";
    const chart = CHARTS.find((id) => file.startsWith(`${id}.`) && file.endsWith(".js"));
    if (chart) fetched.add(chart);
  });
  return fetched;
}

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
      for (const chart of near) expect(fetched, `${chart} is near: its code is fetched`).toContain(chart);
      for (const chart of far) expect(fetched, `${chart} is far: its code waits`).not.toContain(chart);

      // Reading on: every chart's code arrives and every step still moves its chart.
      for (const step of await readSteps(page)) {
        await scrollToStep(page, step.id);
        await expectChartState(page, step.state, step.id);
      }
      expect([...fetched].sort()).toEqual([...new Set(charts.map((c) => c.chart))].sort());
      expect(errors).toEqual([]);
    });
  });
}
