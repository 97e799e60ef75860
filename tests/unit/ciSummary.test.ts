import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

/** Runs the CI summary (.ci/summarize.mjs) over a folder of reports, with npm test's exit status. */
const summarize = (status: string) =>
  spawnSync(process.execPath, [".ci/summarize.mjs", status], {
    env: { ...process.env, REPORTS_DIR: "tests/fixtures/ci-reports" },
    encoding: "utf8",
  })
    .stdout.trimEnd()
    .split("\n");

it("names every skipped test with its reason above the last line, which sums passed and failed", () => {
  expect(summarize("1")).toEqual([
    "3 skipped:",
    "  - tests/e2e/print.spec.ts › /chapters/the-tilt/ prints as a handout (skipped: print is the same at every viewport) [phone in playwright.json]",
    "  - tests/e2e/hosting.spec.ts › the base path without its trailing slash opens the front page [desktop in playwright.json]",
    "  - tests/build/html.test.ts › the W3C Nu HTML Checker (vnu.jar) over every page: no Java here [vitest-build.json]",
    // Playwright: 3 expected + 1 flaky passed, 1 failed; vitest: 2 passed, and a file that failed to load.
    "6 passed, 2 failed",
  ]);
});
