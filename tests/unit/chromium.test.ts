import { describe, expect, it } from "vitest";
import { findChromium, searchSteps } from "../chromium.ts";

/** The browser finder (tests/chromium.ts) that lets `npm test` run with no system browser. */
describe("finding a Chromium for the tests", () => {
  it("searches the system, then Playwright's browsers, then the npm package, unless told otherwise", () => {
    expect(searchSteps(undefined)).toEqual(["system", "playwright", "npm"]);
    expect(searchSteps("npm")).toEqual(["npm"]);
    expect(() => searchSteps("system,apt")).toThrow(/unknown step apt/);
  });

  it("a CHROMIUM_PATH that does not run is an error naming it, not a silent fallback", () => {
    expect(() => findChromium({ CHROMIUM_PATH: "/no/such/chromium" })).toThrow(/CHROMIUM_PATH is set to \/no\/such\/chromium/);
  });

  it.runIf(process.platform === "linux" && process.arch === "x64")(
    "on Linux x64 with nothing else allowed, finds the headless Chromium of @sparticuz/chromium, unpacked for this user",
    { timeout: 120_000 },
    () => {
      const found = findChromium({ CHROMIUM_SEARCH: "npm" });
      expect(found.source).toBe("npm");
      expect(found.version).toMatch(/^Chromium \d+\./);
      expect(found.path).not.toMatch(/^\/tmp\/chromium$/);
    },
  );

  it("says what it tried when nothing is found", () => {
    expect(() => findChromium({ CHROMIUM_SEARCH: "playwright", PLAYWRIGHT_BROWSERS_PATH: "/nowhere" })).toThrow(
      /No Chromium for the browser tests\. Tried: .*playwright browsers.*CHROMIUM_PATH/,
    );
  });
});
