import { spawnSync } from "node:child_process";

export type AuditOutcome = { kind: "audited"; serious: string[] } | { kind: "unavailable"; reason: string };

/**
 * Reads `npm audit --json`: the packages with a high or critical advisory, each with its advisories;
 * or why there was no audit (a registry that does not serve advisories answers with an error object).
 */
export function readAudit(json: string): AuditOutcome {
  const report = JSON.parse(json) as {
    vulnerabilities?: Record<string, { severity: string; via: (string | { title: string; url: string })[] }>;
    message?: string;
    error?: { summary?: string };
  };
  if (!report.vulnerabilities) return { kind: "unavailable", reason: report.message ?? report.error?.summary ?? "no audit report" };
  const serious = Object.entries(report.vulnerabilities)
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(
      ([name, v]) =>
        `${name} (${v.severity}): ${v.via.map((via) => (typeof via === "string" ? `via ${via}` : `${via.title} ${via.url}`)).join("; ")}`,
    );
  return { kind: "audited", serious };
}

/** Audits the packages the site ships (dependencies, not devDependencies) against the registry's advisories. */
export function auditShippedPackages(): AuditOutcome {
  const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
  if (run.error || !run.stdout.trim()) return { kind: "unavailable", reason: String(run.error ?? run.stderr.trim()) };
  return readAudit(run.stdout);
}
