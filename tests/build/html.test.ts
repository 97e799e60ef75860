import { describe, expect, it } from "vitest";
import { DIST, distPages } from "./distPages.ts";
import { htmlValidateErrors } from "./htmlValidate.ts";
import { describeNuError, javaAvailable, nuHtmlErrors, type NuMessage } from "./nuHtmlChecker.ts";

const FIXTURE = "tests/fixtures/html/invalid.html";
const pages = distPages().map((page) => `${DIST}/${page.path}`);

/**
 * Every page is checked by html-validate on every machine. The W3C Nu checker needs Java: it runs
 * where Java is installed, and CI (.ci/run sets REQUIRE_NU_CHECKER=1) fails without it rather than skip.
 * A machine without Java reports it as one skipped test, which the summary (.ci/summarize.mjs) names.
 */
const nuRequired = process.env.REQUIRE_NU_CHECKER === "1" || !!process.env.CI;
const nuRuns = nuRequired || javaAvailable();

describe("html-validate (the HTML standard's rules, no Java needed)", () => {
  it.each(pages)("finds no error in %s", async (page) => {
    expect(await htmlValidateErrors(page)).toEqual([]);
  });

  it("finds the errors in a page made invalid on purpose", async () => {
    const messages = (await htmlValidateErrors(FIXTURE)).join("\n");
    expect(messages).toMatch(/Duplicate ID "twice"/);
    expect(messages).toMatch(/Stray end tag '<\/div>'/);
    expect(messages).toMatch(/<blink> is deprecated/);
  });
});

if (nuRuns) {
  describe("the W3C Nu HTML Checker (vnu.jar)", { timeout: 120_000 }, () => {
    // One run of the checker over every page, started by the first test (so a checker that cannot run,
    // such as CI without Java, fails the tests instead of their collection).
    let errors: Map<string, NuMessage[]> | undefined;
    const nuErrors = () => (errors ??= nuHtmlErrors([...pages, FIXTURE]));

    it.each(pages)("finds no error in %s", (page) => {
      expect((nuErrors().get(page) ?? []).map(describeNuError)).toEqual([]);
    });

    it("finds the errors in a page made invalid on purpose", () => {
      const messages = nuErrors()
        .get(FIXTURE)!
        .map((e) => e.message)
        .join("\n");
      expect(messages).toMatch(/Duplicate ID “twice”/);
      expect(messages).toMatch(/Stray end tag “div”/);
      expect(messages).toMatch(/“blink” element is obsolete/);
    });
  });
} else {
  it.skip("the W3C Nu HTML Checker (vnu.jar) over every page: no Java here (install a JRE, e.g. apt-get install default-jre-headless); html-validate checked them, and CI runs the Nu checker", () => {});
}
