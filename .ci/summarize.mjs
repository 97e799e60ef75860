// Sums the JSON reports of every test suite `npm test` ran into one line: "N passed, N failed".
// A run that failed before any suite reported still counts one failure, so a red run never reads as clean.
import { existsSync, readFileSync } from "node:fs";

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);
let passed = 0;
let failed = 0;

const vitest = read("reports/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
const playwright = read("reports/playwright.json");
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
}
if (process.argv[2] !== "0" && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
