// Sums the JSON reports of every test suite `npm test` ran (reports/vitest-*.json, reports/playwright*.json)
// into one line: "N passed, N failed". A run that failed before any suite reported still counts one
// failure, so a red run never reads as clean.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const dir = "reports";
let passed = 0;
let failed = 0;
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : []) {
  const report = JSON.parse(readFileSync(`${dir}/${file}`, "utf8"));
  if (file.startsWith("vitest")) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (file.startsWith("playwright")) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
}
if (process.argv[2] !== "0" && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
