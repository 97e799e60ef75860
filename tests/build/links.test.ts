import { describe, expect, it } from "vitest";
import { checkSite } from "./linkCheck.ts";
import { BASE, DIST } from "./distPages.ts";

describe(`links in ${DIST}/ served under ${BASE}`, () => {
  const report = checkSite(DIST, BASE);

  it("lead to files that exist, under the base path, and to fragments the target page has", () => {
    expect(report.problems).toEqual([]);
  });

  it("reach every page from the front page", () => {
    expect(report.orphans).toEqual([]);
  });
});

describe("the link check itself", () => {
  // A small site with one of each mistake, built for base /kz/: each must be found.
  const report = checkSite("tests/fixtures/site/broken", "/kz/");

  it.each([
    ["a missing page", /index\.html: <a \/kz\/chapters\/missing\/> leads to no file/],
    [
      "a missing fragment on another page",
      /index\.html: <a \/kz\/chapters\/a\/#no-such-step> names #no-such-step, which chapters\/a\/index\.html has no element with/,
    ],
    ["a missing fragment on the same page", /index\.html: <a #main> names #main, which index\.html has/],
    ["a link without the base path", /index\.html: <a \/chapters\/a\/> points outside the base path \/kz\//],
    ["a missing script", /index\.html: <script \/kz\/_astro\/missing\.js> leads to no file/],
    ["a missing stylesheet image", /_astro\/site\.css: url\(\.\.\/missing\.png\) leads to no file/],
    ["an aria reference to no element", /chapters\/a\/index\.html: <svg aria-labelledby="gone"> names no element/],
  ])("finds %s", (_what, pattern) => {
    expect(report.problems).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
  });

  it("finds nothing wrong with links that work, nor with other sites", () => {
    expect(report.problems.filter((p) => /step-two|example\.org|favicon|<a \.\.\/\.\.\/>/.test(p))).toEqual([]);
    expect(report.problems).toHaveLength(7);
  });

  it("finds the orphan page, and not the 404 page", () => {
    expect(report.orphans).toEqual(["orphan/index.html"]);
  });
});
