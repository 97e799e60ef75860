import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, copyProject } from "./projectCopy.ts";

/**
 * Builds a copy of the project with fixture files put in place (fixture path -> path in the project,
 * or { appendTo: path } to add the fixture to the end of a project file).
 */
async function buildWith(files: Record<string, string | { appendTo: string }>) {
  const dir = copyProject("kz-trade-content-");
  try {
    for (const [fixture, target] of Object.entries(files)) {
      if (typeof target === "object") {
        appendFileSync(join(dir, target.appendTo), `\n${readFileSync(fixture, "utf8")}`);
        continue;
      }
      mkdirSync(dirname(join(dir, target)), { recursive: true });
      copyFileSync(fixture, join(dir, target));
    }
    // English content alone: a published translation would first stop the build for not translating the fixture.
    return await build(dir, { EDITIONS_ROOT: join(dir, "no-editions") });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const chapter = (name: string) => ({ [`tests/fixtures/content/${name}.mdx`]: `content/stories/${name}.mdx` });

/**
 * Each content mistake stops the build with a message naming the file and the place. The fixtures
 * are whole chapters or data files, dropped into a copy of the project and built for real.
 */
describe("a content mistake stops the build, naming the file and the place", { timeout: 300_000 }, () => {
  it.each([
    [
      "a section naming a chart that does not exist",
      chapter("unknown-chart"),
      /content\/stories\/unknown-chart\.mdx:8:1: <Scrolly> names chart "trade-balance", which does not exist; charts are partner-shares/,
    ],
    [
      "a step naming another chart than its section's",
      chapter("step-other-chart"),
      /content\/stories\/step-other-chart\.mdx:12:1: <Step id="second"> names chart "trade-turnover", but its <Scrolly> shows "partner-shares"; leave chart= out/,
    ],
    [
      "a step outside any section",
      chapter("step-outside-scrolly"),
      /content\/stories\/step-outside-scrolly\.mdx:14:1: <Step id="stray"> is not inside a <Scrolly>/,
    ],
    [
      "a step naming a state its chart does not have",
      chapter("unknown-state"),
      /content\/stories\/unknown-state\.mdx:12:1: <Step id="second"> names state "moment-2031", which chart "partner-shares" does not have/,
    ],
    [
      "two steps with one id",
      chapter("duplicate-step-id"),
      /content\/stories\/duplicate-step-id\.mdx:12:1: <Step id="the-step"> repeats the id of the step on line 10/,
    ],
    [
      "any other id used twice on a page",
      chapter("duplicate-html-id"),
      /dist\/chapters\/duplicate-html-id\/index\.html: id "the-long-view" is used 2 times, by <div class="step">, <h2>/,
    ],
    [
      "a data file that breaks its schema",
      { "tests/fixtures/trade/negative.csv": "content/data/trade-by-partner.csv" },
      /content\/data\/trade-by-partner\.csv: row 2 \(line 3\), field "value_usd": must not be negative/,
    ],
    [
      "a data revision that makes one of our own sentences false",
      { "tests/fixtures/trade/china-share-2023-revised.csv": "content/data/trade-by-partner.csv" },
      /content\/stories\/the-tilt\.mdx:\d+:\d+: the data no longer bear out this sentence: “share\(china, export, 2023\) > share\(russia, export, 2023\)” is false\n\s+sentence: “In 2023, the latest year in this story.s trade figures, China took \[figure\] of Kazakhstan.s exports and Russia \[figure\]\.”/,
    ],
    [
      "a sentence comparing years across a break it does not name",
      chapter("across-break"),
      /content\/stories\/across-break\.mdx:7:\d+: “share\(russia, import, 2010\) < share\(russia, import, 2009\)” compares figures across the break “customs-union”/,
    ],
    [
      "a claim checked against a series the dataset lacks",
      { "tests/fixtures/claims/unknown-series.yaml": { appendTo: "content/claims/claims.yaml" } },
      /content\/claims\/claims\.yaml: claim \d+ \(growth-2099\), field "check\.series"/,
    ],
  ])("%s", async (_mistake, files, message) => {
    const result = await buildWith(files);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(message);
  });
});
