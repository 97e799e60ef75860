import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, testBrowser } from "./tests/chromium.ts";

const PORT = Number(process.env.E2E_PORT ?? 4322);
/** The site under test: dist/ at the root, or another build (DIST) served under BASE_PATH, as it was built. */
const DIST = process.env.DIST ?? "dist";
const BASE = `/${(process.env.BASE_PATH ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
/** The fuzz tests resize the window themselves and take minutes: one project runs them, the others skip them. */
const FUZZ = /fuzz\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "reports/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}${BASE}`,
    // The one browser tests/chromium.ts finds (system, Playwright's or the npm package's), with our flags only.
    launchOptions: { executablePath: testBrowser().path, args: chromiumFlags },
  },
  projects: [
    {
      name: "phone",
      // The hosting test on an independent server checks headers and types, not the viewport: desktop runs it.
      testIgnore: [FUZZ, /independentHost\.spec\.ts$/],
      // A test that reads the same at every width (tagged @once) runs in the desktop project only.
      grepInvert: /@once\b/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, isMobile: false },
    },
    {
      name: "desktop",
      testIgnore: FUZZ,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    { name: "fuzz", testMatch: FUZZ, use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
  ],
  // The built site, served as plain static files: run `npm run build` first (npm test does).
  webServer: {
    command: `node src/server/serveStatic.ts --port ${PORT} --base ${BASE} --dir ${DIST}`,
    url: `http://localhost:${PORT}${BASE}`,
    reuseExistingServer: false,
  },
});
