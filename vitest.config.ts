import { defineConfig } from "vitest/config";

/**
 * Two suites share this config: tests/unit (no build needed) and tests/build (reads dist/, so
 * `npm run build` first). The npm scripts pick one by path and write its JSON report to reports/.
 */
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"],
    reporters: ["default", "json"],
    // Some tests start ESLint, a second Vitest or a browser search; on a busy 2-core machine they pass but need more than the default 5 s.
    testTimeout: 30_000,
  },
});
