// Sums the JSON reports of every test suite `npm test` ran (reports/vitest-*.json, reports/playwright*.json).
// Names every skipped test, with its reason where the suite gives one (a check that could not run here,
// such as the W3C Nu checker without Java, must not vanish into "passed"), then ends with one line:
// "N passed, N failed". A run that failed before any suite reported still counts one failure, so a red
// run never reads as clean; a test file that failed before its tests ran counts as one failure.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const dir = process.env.REPORTS_DIR ?? "reports";
let passed = 0;
let failed = 0;
/** Skipped tests by what they are; the value lists where (Playwright projects, report files). */
const skipped = new Map();
const skip = (name, where) => skipped.set(name, [...(skipped.get(name) ?? []), where]);

/** Every Playwright test in a report's suite tree, with its spec and file. */
function* playwrightTests(suite, file = suite.file) {
  for (const spec of suite.specs ?? []) for (const test of spec.tests) yield { spec, test, file: spec.file ?? file };
  for (const child of suite.suites ?? []) yield* playwrightTests(child, child.file ?? file);
}

for (const file of existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : []) {
  const report = JSON.parse(readFileSync(`${dir}/${file}`, "utf8"));
  if (file.startsWith("vitest")) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    for (const result of report.testResults) {
      // The test file, from the project's tests/ folder (reports hold absolute paths).
      const name = result.name
        .replace(/^.*?[\\/](?=tests[\\/])/, "")
        .split("\\")
        .join("/");
      if (result.status === "failed" && result.assertionResults.length === 0) failed += 1;
      for (const test of result.assertionResults) {
        if (["skipped", "pending", "todo"].includes(test.status)) skip(`${name} › ${test.fullName}`, file);
      }
    }
  } else if (file.startsWith("playwright")) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    for (const suite of report.suites) {
      for (const { spec, test, file: specFile } of playwrightTests(suite)) {
        if (test.status !== "skipped") continue;
        const reason = test.annotations.find((a) => a.type === "skip" && a.description)?.description;
        skip(`tests/e2e/${specFile} › ${spec.title}${reason ? ` (skipped: ${reason})` : ""}`, `${test.projectName} in ${file}`);
      }
    }
  }
}
if (process.argv[2] !== undefined && process.argv[2] !== "0" && failed === 0) failed = 1;

const skippedCount = [...skipped.values()].reduce((sum, where) => sum + where.length, 0);
if (skippedCount > 0) {
  console.log(`${skippedCount} skipped:`);
  for (const [name, where] of skipped) console.log(`  - ${name} [${where.join(", ")}]`);
}
console.log(`${passed} passed, ${failed} failed`);
