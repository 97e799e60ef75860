import { defineConfig, devices } from "@playwright/test";

/** Playwright cannot download browsers here: drive the system Chromium (CHROMIUM_PATH, else Debian's). */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
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
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "phone",
      testIgnore: FUZZ,
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
