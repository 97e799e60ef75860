import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { build, copyProject } from "./projectCopy.ts";
import { BASE, DIST } from "./distPages.ts";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string; releaseDate: string };
const SNAPSHOT = `content/releases/${pkg.version}.json`;

describe("the corrections log", () => {
  it("is a page of its own, linked from every page's footer, saying when there is nothing to correct", () => {
    const html = readFileSync(join(DIST, "corrections/index.html"), "utf8");
    const log = (parseYaml(readFileSync("content/corrections.yaml", "utf8")) ?? []) as unknown[];
    if (log.length === 0) expect(parse(html).querySelector(".corrections-empty")?.text).toBe("No corrections yet.");
    else expect(parse(html).querySelectorAll(".corrections-log > li")).toHaveLength(log.length);
    const home = readFileSync(join(DIST, "index.html"), "utf8");
    expect(parse(home).querySelector(`footer a[href="${BASE}corrections/"]`)).not.toBeNull();
  });

  it("keeps the release's verdicts in the repository", () => {
    expect(existsSync(SNAPSHOT), `${SNAPSHOT}: run npm run release:snapshot`).toBe(true);
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, "utf8")) as { version: string; date: string; claims: Record<string, unknown> };
    expect(snapshot.version).toBe(pkg.version);
    expect(Object.keys(snapshot.claims).length).toBeGreaterThan(0);
  });
});

/**
 * A claim's verdict that differs from the kept release stops the build until the log has an entry for it;
 * with the entry, the claim in the ledger and the corrections page both show it. The change is made by
 * editing a copy's kept release, which is the same difference as a change in the data or the claim.
 */
describe("a claim's verdict changed since the last release", { timeout: 300_000 }, () => {
  const claim = "growth-2014-estimate";
  /** A date after the release and after every real entry. */
  const TEST_DATE = "2099-01-01";

  it("stops the build without a corrections entry, and builds with one, showing it beside the claim", async () => {
    const dir = copyProject("kz-trade-corrections-");
    try {
      const snapshotPath = join(dir, SNAPSHOT);
      const snapshot = JSON.parse(readFileSync(snapshotPath, "utf8")) as { claims: Record<string, { verdict: string }> };
      expect(snapshot.claims[claim]!.verdict).toBe("supported");
      snapshot.claims[claim]!.verdict = "contradicted";
      writeFileSync(snapshotPath, JSON.stringify(snapshot));

      const refused = await build(dir);
      expect(refused.status).not.toBe(0);
      expect(refused.output).toContain(
        `claim "${claim}" changed its verdict from "contradicted" to "supported" since release ${pkg.version}`,
      );

      // Added to the log as it stands (its entries cover the release's other changes), under a date of their
      // own so that their ids do not depend on how many real entries share the release date.
      const logPath = join(dir, "content/corrections.yaml");
      const logged = readFileSync(logPath, "utf8").replace(/^\[\]\s*$/m, "");
      writeFileSync(
        logPath,
        logged.trimEnd() +
          "\n" +
          [
            `- date: "${TEST_DATE}"`,
            `  what: "The IMF's 2014 growth estimate is now checked against the World Bank's outcome."`,
            `  why: "A test of the corrections log."`,
            `  claim: ${claim}`,
            `  verdict: { from: contradicted, to: supported }`,
            `- date: "${TEST_DATE}"`,
            `  what: "A sentence about the deals now gives both tranches."`,
            `  why: "A second test entry, for a section."`,
            `  page: /chapters/the-tilt/`,
            `  anchor: what-each-side-wanted`,
            `- date: "${TEST_DATE}"`,
            `  what: "A third test entry, for the same section on the same date."`,
            `  why: "Several notes of one date beside one section."`,
            `  page: /chapters/the-tilt/`,
            `  anchor: what-each-side-wanted`,
          ].join("\n") +
          "\n",
      );
      // A published translation must carry every entry too (the completeness check stops the build otherwise).
      for (const code of ["ru", "kk"]) {
        const edition = join(dir, `content/editions/${code}`);
        if (!/^status: published/m.test(readFileSync(join(edition, "edition.yaml"), "utf8"))) continue;
        const entry = (page = "", anchor = "") => [
          `- date: "${TEST_DATE}"`,
          ...(page ? [`  page: ${page}`, `  anchor: ${anchor}`] : []),
          `  what: "Тест."`,
          `  why: "Тест."`,
        ];
        const translated = readFileSync(join(edition, "corrections.yaml"), "utf8").trimEnd();
        const added = [
          ...entry(),
          ...entry("/chapters/the-tilt/", "what-each-side-wanted"),
          ...entry("/chapters/the-tilt/", "what-each-side-wanted"),
        ];
        writeFileSync(join(edition, "corrections.yaml"), `${translated}\n${added.join("\n")}\n`);
      }
      const built = await build(dir);
      expect(built.status, built.output.slice(-2000)).toBe(0);
      const ledger = parse(readFileSync(join(dir, "dist/claims/index.html"), "utf8"));
      expect(ledger.querySelector(`#claim-${claim} .correction-note`)?.text).toContain("from “contradicted” to “supported”");
      const page = parse(readFileSync(join(dir, "dist/corrections/index.html"), "utf8"));
      const entry = page.querySelector(`#correction-${TEST_DATE}-1`);
      expect(entry?.text).toContain("A test of the corrections log.");
      expect(entry?.querySelector(`a[href="/claims/#claim-${claim}"]`)).not.toBeNull();
      const chapter = parse(readFileSync(join(dir, "dist/chapters/the-tilt/index.html"), "utf8"));
      const note = chapter.querySelector("#what-each-side-wanted")?.nextElementSibling;
      expect(note?.classList.contains("correction-notes")).toBe(true);
      expect(note?.text).toContain("A sentence about the deals now gives both tranches.");
      expect(note?.querySelector("time")?.getAttribute("datetime")).toBe(TEST_DATE);
      expect(note?.querySelector(`a[href="/corrections/#correction-${TEST_DATE}-2"]`)).not.toBeNull();
      // Two corrections of one date beside one section: the date once, then each note with its own link.
      expect(note?.querySelectorAll(".correction-note")).toHaveLength(2);
      expect(note?.querySelectorAll("time")).toHaveLength(1);
      expect(note?.querySelector(`a[href="/corrections/#correction-${TEST_DATE}-3"]`)).not.toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
