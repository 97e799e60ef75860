import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleGraphPath, type BundleGraph } from "../../src/integrations/bundleGraph.ts";
import { measurePage } from "./budgetsMeasure.ts";
import { build, copyProject, type BuildResult } from "./projectCopy.ts";

/**
 * "Adding a chart" (README): a chart folder, its CSV and the MDX that uses it, and nothing else. A copy of
 * the project gets the test chart of tests/fixtures/charts (its folder, with its CSV, in src/charts/, and a
 * chapter that uses it in content/stories/), is built for real, and the chart must come out everywhere the
 * site's own charts do: the chapter, its embed pages, its CSV download, the data page, and the budget
 * measure's count of the chapter's JavaScript, through a browser chunk named after the chart.
 */
const CHART = "fixture-bars";

describe("a new chart is its folder, its CSV and the MDX that uses it", { timeout: 600_000 }, () => {
  let dir = "";
  let result: BuildResult;
  const dist = (path: string) => join(dir, "dist", path);
  const page = (path: string) => readFileSync(dist(path), "utf8");

  beforeAll(async () => {
    dir = copyProject("kz-trade-chart-");
    cpSync(`tests/fixtures/charts/${CHART}`, join(dir, "src/charts", CHART), { recursive: true });
    cpSync(`tests/fixtures/charts/${CHART}.mdx`, join(dir, "content/stories", `${CHART}.mdx`));
    // English alone: a published translation would first stop the build for not translating the fixture chapter.
    result = await build(dir, { SITE_URL: "http://localhost:4321", EDITIONS_ROOT: join(dir, "no-editions") });
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds", () => {
    expect(result.status, result.output).toBe(0);
  });

  it("is in the registry: an embed page per state, a CSV download, and a line on the data page", () => {
    for (const state of ["all-years", "last-year"]) {
      expect(page(`embed/${CHART}/${state}/index.html`)).toContain("Test chart: Kazakhstan&#39;s real GDP growth, 2019 to 2021");
    }
    const csv = readFileSync(dist(`data/${CHART}.csv`), "utf8");
    expect(csv.split("\n").slice(0, 2)).toEqual([
      "\uFEFFyear,measure,partner,flow,reporter,value,unit,series,source,note",
      expect.stringMatching(/^2019,gdp-growth,,,World Bank,4\.5,percent,wb-wdi,/),
    ]);
    expect(page("data/index.html")).toContain(`href="/embed/${CHART}/last-year/"`);
  });

  it("is drawn in the chapter that uses it, in the first step's state, with its rows for the browser", () => {
    const html = page(`chapters/${CHART}/index.html`);
    expect(html).toMatch(new RegExp(`<figure class="chart" data-chart="${CHART}" data-state="all-years"`));
    expect(html).toContain('data-key="bar-2021"');
    expect(html).toContain("Real GDP growth as the World Bank publishes it: 2019 4.5%, 2020 -2.5%, 2021 4.3%.");
    expect(html).toMatch(/<script type="application\/json" data-chart-data>\{"rows":\[\{"year":2019,"growthPct":4\.5\}/);
  });

  it("has its own browser chunk, named after it, which the budget measure counts for the chapter and no other page", () => {
    const chunks = readdirSync(dist("_astro")).filter((file) => file.startsWith(`${CHART}.`) && file.endsWith(".js"));
    expect(chunks).toHaveLength(1);
    const chunk = `_astro/${chunks[0]}`;
    // Drawing code only: no CSV parsing, no definition, no words.
    expect(readFileSync(dist(chunk), "utf8")).not.toMatch(/growth_pct|Test chart|csvParse/);
    const read = (path: string) => (existsSync(dist(path)) ? readFileSync(dist(path)) : undefined);
    // The module graph the copy's build wrote (src/integrations/bundleGraph.ts), as the budget test reads it.
    const graph = JSON.parse(readFileSync(bundleGraphPath("dist", dir), "utf8")) as BundleGraph;
    const measured = (path: string) => measurePage(path, page(path), read, graph);
    expect(measured(`chapters/${CHART}/index.html`).jsFiles).toContain(chunk);
    expect(measured("chapters/the-tilt/index.html").jsFiles).not.toContain(chunk);
  });
});
