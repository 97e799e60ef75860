import { describe, expect, it } from "vitest";
import { DIST, distPages } from "./distPages.ts";
import { describeNuError, javaAvailable, nuHtmlErrors } from "./nuHtmlChecker.ts";

const FIXTURE = "tests/fixtures/html/invalid.html";

// Java is on CI's machines (.ci/run installs it); on a laptop without it, say so instead of failing.
const canRun = javaAvailable() || !!process.env.CI;

describe.skipIf(!canRun)("the W3C Nu HTML Checker (vnu.jar)", { timeout: 120_000 }, () => {
  const pages = distPages().map((page) => `${DIST}/${page.path}`);
  const errors = nuHtmlErrors([...pages, FIXTURE]);

  it.each(pages)("finds no error in %s", (page) => {
    expect((errors.get(page) ?? []).map(describeNuError)).toEqual([]);
  });

  it("finds the errors in a page made invalid on purpose", () => {
    const messages = errors
      .get(FIXTURE)!
      .map((e) => e.message)
      .join("\n");
    expect(messages).toMatch(/Duplicate ID “twice”/);
    expect(messages).toMatch(/Stray end tag “div”/);
    expect(messages).toMatch(/“blink” element is obsolete/);
  });
});

it.runIf(!canRun)(
  "the Nu HTML Checker needs Java (install a JRE, e.g. apt-get install default-jre-headless); CI runs it",
  () => {},
);
