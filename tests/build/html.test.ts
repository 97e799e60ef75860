import { describe, expect, it } from "vitest";
import { DIST, distPages } from "./distPages.ts";
import { describeNuError, javaAvailable, nuHtmlErrors } from "./nuHtmlChecker.ts";

const FIXTURE = "tests/fixtures/html/invalid.html";

/**
 * Errors in markup outside these tests' reach, each with the change that removes it. An entry that
 * no longer occurs fails the test, so the list only ever shrinks.
 */
const KNOWN_ERRORS: { page: RegExp; message: RegExp; fix: string }[] = [
  {
    page: /^chapters\//,
    message: /^Element “script” not allowed as child of element “figure” in this context/,
    fix: "src/components/ChartFigure.astro: move the <script data-chart-data> above <figcaption> (a figcaption must be a figure's first or last child)",
  },
];

// Java is on CI's machines (.ci/run installs it); on a laptop without it, say so instead of failing.
const canRun = javaAvailable() || !!process.env.CI;

describe.skipIf(!canRun)("the W3C Nu HTML Checker (vnu.jar)", { timeout: 120_000 }, () => {
  const pages = distPages().map((page) => `${DIST}/${page.path}`);
  const errors = nuHtmlErrors([...pages, FIXTURE]);
  const unknown = (page: string) =>
    (errors.get(page) ?? []).filter(
      (e) => !KNOWN_ERRORS.some((k) => k.page.test(page.slice(DIST.length + 1)) && k.message.test(e.message)),
    );

  it.each(pages)("finds no error in %s", (page) => {
    expect(unknown(page).map(describeNuError)).toEqual([]);
  });

  it.each(KNOWN_ERRORS)("still finds the known error $message (else remove it from KNOWN_ERRORS)", (known) => {
    const found = pages.some(
      (page) =>
        known.page.test(page.slice(DIST.length + 1)) && errors.get(page)!.some((e) => known.message.test(e.message)),
    );
    expect(found, known.fix).toBe(true);
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
