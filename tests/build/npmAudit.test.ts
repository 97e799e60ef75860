import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditShippedPackages, readAudit } from "./npmAudit.ts";

/**
 * `npm audit --omit=dev` must report no high or critical advisory. It needs the registry's advisory
 * service: where that is unreachable (this project's own machines reach a registry mirror without it)
 * the test is skipped with the reason, and CI with internet access runs it. Set AUDIT_REQUIRED=1 to
 * make an unreachable service a failure.
 */
describe("npm audit --omit=dev", { timeout: 150_000 }, () => {
  it("reports no high or critical advisory for the packages the site ships", (context) => {
    const outcome = auditShippedPackages();
    if (outcome.kind === "unavailable") {
      if (process.env.AUDIT_REQUIRED === "1") throw new Error(`npm audit could not run: ${outcome.reason}`);
      console.warn(`npm audit skipped, the advisory service is unreachable: ${outcome.reason}`);
      context.skip();
      return;
    }
    expect(outcome.serious).toEqual([]);
  });

  it("the check finds high and critical advisories, and ignores moderate ones", () => {
    expect(readAudit(readFileSync("tests/fixtures/audit/high.json", "utf8"))).toEqual({
      kind: "audited",
      serious: [
        "left-pad (high): Prototype pollution https://github.com/advisories/GHSA-0000-0000-0000",
        "is-odd (critical): Remote code execution https://github.com/advisories/GHSA-1111-1111-1111",
      ],
    });
  });

  it("the check tells an unreachable advisory service from a clean audit", () => {
    expect(readAudit(readFileSync("tests/fixtures/audit/unreachable.json", "utf8")).kind).toBe("unavailable");
    expect(readAudit(JSON.stringify({ auditReportVersion: 2, vulnerabilities: {} }))).toEqual({
      kind: "audited",
      serious: [],
    });
  });
});
