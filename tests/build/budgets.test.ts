import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budgetViolations, fontViolations } from "./budgets.ts";
import { browserD3Modules } from "./budgetsChartCode.ts";
import { measurePage, type ReadDistFile } from "./budgetsMeasure.ts";
import { DIST, distFiles, distPages } from "./distPages.ts";

const read: ReadDistFile = (path) => {
  try {
    return readFileSync(join(DIST, path));
  } catch {
    return undefined;
  }
};
const pages = distPages().map((page) => measurePage(page.path, page.html, read, process.env.BASE_PATH ?? "/"));
const browserD3 = browserD3Modules();

describe("performance budgets, per built page", () => {
  it.each(pages.map((page) => [page.path, page] as const))("%s keeps its byte, request and layout budgets", (_path, page) => {
    expect(budgetViolations(page, browserD3.modules)).toEqual([]);
  });

  // Guards against a budget passing vacuously because the measure found nothing to count.
  it.each(pages.filter((p) => p.animatesChart).map((page) => [page.path, page] as const))(
    "%s has a chart to animate, and the measure found the script that animates it",
    (_path, page) => {
      expect(page.jsFiles.length).toBeGreaterThan(0);
      expect(page.chartCodeShipped).toContain("d3-selection");
    },
  );

  it("ships no web font, or one self-hosted subset file", () => {
    const files = distFiles().map((path) => ({ path, bytes: statSync(join(DIST, path)).size }));
    expect(fontViolations(files)).toEqual([]);
  });

  it("browser code imports d3 module by module, never the whole d3 bundle", () => {
    expect(browserD3.importers["d3"] ?? []).toEqual([]);
    expect(browserD3.modules.size).toBeGreaterThan(0);
  });
});
