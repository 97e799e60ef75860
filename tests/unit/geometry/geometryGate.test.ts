import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { chartCases } from "./chartCases.ts";
import { chinaShareRaised } from "./deliberateMistake.ts";
import { marksText } from "./marksText.ts";

// The geometry gate shown failing on a deliberate mistake, as tests/unit/gate.test.ts shows the others: Vitest,
// run as `npm run test:unit` runs it, on tests/fixtures/geometry/snapshots.fixture.ts against a copy of the
// partner-shares snapshot. The real snapshot files are never written here.
const ROOT = resolve(import.meta.dirname, "../../..");
const SNAPSHOTS = join(ROOT, "tests/unit/geometry/__snapshots__");

interface Report {
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

/** Runs the fixture with the given snapshot-update flag; the result of each of its tests, by title. */
function runFixture(dir: string, update: string): Record<string, string> {
  const report = join(dir, "report.json");
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules/vitest/vitest.mjs"),
      "run",
      "--config",
      "tests/fixtures/geometry/vitest.config.ts",
      update,
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    { cwd: ROOT, env: { ...process.env, GEOMETRY_SNAPSHOTS: dir, CI: "" }, encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(1);
  const { testResults } = JSON.parse(readFileSync(report, "utf8")) as Report;
  return Object.fromEntries(testResults.flatMap((file) => file.assertionResults.map((test) => [test.title, test.status])));
}

describe("the geometry gate (tests/unit/geometry)", () => {
  it("with `--update=none`, as npm run test:unit runs it: fails one changed figure and a missing snapshot, and writes neither", () => {
    const dir = mkdtempSync(join(tmpdir(), "kz-geometry-"));
    try {
      copyFileSync(join(SNAPSHOTS, "partner-shares.txt"), join(dir, "partner-shares.txt"));
      expect(runFixture(dir, "--update=none")).toEqual({
        "as built": "passed",
        "with China's 2013 share of Kazakhstan's exports 2 points higher": "failed",
        "with no snapshot file": "failed",
      });
      expect(readFileSync(join(dir, "partner-shares.txt"), "utf8")).toBe(readFileSync(join(SNAPSHOTS, "partner-shares.txt"), "utf8"));
      expect(existsSync(join(dir, "a-new-chart.txt"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("npm run test:unit never writes a snapshot; test:geometry:update is the one command that does", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["test:unit"]).toMatch(/^vitest run tests\/unit --update=none /);
    expect(pkg.scripts["test:geometry:update"]).toBe("vitest run tests/unit/geometry/geometry.test.ts --update");
  });
});

describe("a geometry snapshot's diff", () => {
  it("names the mark on every line that changed: one figure raised moves only China's line, its dots and its value", () => {
    const stored = readFileSync(join(SNAPSHOTS, "partner-shares.txt"), "utf8").split("\n");
    const drawn = marksText(chartCases("partner-shares", chinaShareRaised())).split("\n");
    // A mark's line is "tag key ..."; a path command's line is "    key L x,y".
    const keyOf = (line: string) => (line.startsWith(" ") ? line.trim().split(" ")[0] : line.split(" ")[1]);
    const changed = new Set(drawn.filter((line) => !stored.includes(line)).map(keyOf));
    expect([...changed].sort()).toEqual(["before-dot-china", "dot-china", "line-china", "value-china"]);
  });
});
