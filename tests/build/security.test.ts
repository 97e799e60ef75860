import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { distPages } from "./distPages.ts";
import { openerProblems, policyProblems } from "./securityPolicy.ts";

describe("every built page", () => {
  const pages = distPages();

  it("includes the 404 page", () => {
    expect(pages.map((p) => p.path)).toContain("404.html");
  });

  it.each(pages.map((p) => [p.path, p.html]))("%s has a strict Content-Security-Policy covering all its inline code", (_path, html) => {
    expect(policyProblems(html)).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p.html]))("%s links to other sites only with rel=noopener", (_path, html) => {
    expect(openerProblems(html)).toEqual([]);
  });
});

describe("the security checks themselves", () => {
  const weak = readFileSync("tests/fixtures/security/weak-policy.html", "utf8");

  it("find each weakness of a weak policy", () => {
    expect(policyProblems(weak)).toEqual([
      "the policy comes after <style>, which it then does not cover",
      "default-src is not 'self'",
      "default-src allows *",
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      "script-src allows https://cdn.example.com",
      'an inline script (console.log("no hash for me")…) has no hash in script-src',
      "an inline <style> has no hash in style-src",
      '<p style="…"> is inline code the policy blocks',
    ]);
  });

  it("find a page without a policy", () => {
    expect(policyProblems(readFileSync("tests/fixtures/security/no-policy.html", "utf8"))).toEqual([
      "has 0 Content-Security-Policy meta elements, not 1",
    ]);
  });

  it("find links out and new windows without noopener", () => {
    expect(openerProblems(weak)).toEqual([
      '<a href="https://example.org/"> has no rel="noopener"',
      '<a href="/inside/"> has no rel="noopener"',
    ]);
  });
});
