import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budgetViolations, fontViolations } from "./budgets.ts";
import { chartOfModule, measurePage, readBundleGraph, type ReadDistFile } from "./budgetsMeasure.ts";
import { BASE, DIST, distFiles, distPages } from "./distPages.ts";

const read: ReadDistFile = (path) => {
  try {
    return readFileSync(join(DIST, path));
  } catch {
    return undefined;
  }
};
const graph = readBundleGraph(DIST);
if (!graph) throw new Error(`No module graph beside ${DIST}/: build the site (npm run build:local), which writes it`);
const pages = distPages().map((page) => measurePage(page.path, page.html, read, graph, BASE));
const chartChunks = graph.chunks.filter((c) => c.facadeModule !== null && chartOfModule(c.facadeModule) !== undefined);

describe("performance budgets, per built page", () => {
  it.each(pages.map((page) => [page.path, page] as const))("%s keeps its byte, request and layout budgets", (_path, page) => {
    expect(budgetViolations(page)).toEqual([]);
  });

  // Guards against a budget passing vacuously because the measure found nothing to count.
  it.each(pages.filter((p) => p.animatedCharts.length).map((page) => [page.path, page] as const))(
    "%s has charts to animate, and the measure counts the chunk that draws each of them",
    (_path, page) => {
      expect(page.startupFiles.length).toBeGreaterThan(0);
      const drawn = chartChunks.filter((c) => page.jsFiles.includes(c.file)).map((c) => chartOfModule(c.facadeModule!));
      expect(drawn).toEqual(expect.arrayContaining(page.animatedCharts));
    },
  );

  it("the module graph describes this build: every chunk in dist/_astro/, and no other", () => {
    const built = distFiles().filter((f) => f.startsWith("_astro/") && f.endsWith(".js"));
    expect(graph.chunks.map((c) => c.file).sort()).toEqual(built.sort());
  });

  it("each chart's drawing code is a chunk of its own, named after a chart the site animates", () => {
    const animated = new Set(pages.flatMap((p) => p.animatedCharts));
    expect(chartChunks.length).toBeGreaterThan(0);
    for (const chunk of chartChunks) expect(animated).toContain(chartOfModule(chunk.facadeModule!));
    for (const chart of animated) expect(chartChunks.map((c) => chartOfModule(c.facadeModule!))).toContain(chart);
  });

  it("ships no web font, or one self-hosted subset file", () => {
    const files = distFiles().map((path) => ({ path, bytes: statSync(join(DIST, path)).size }));
    expect(fontViolations(files)).toEqual([]);
  });

  it("browser code imports d3 module by module, never the whole d3 bundle", () => {
    const modules = graph.chunks.flatMap((c) => c.modules.map((m) => m.name));
    expect(modules.filter((m) => m.startsWith("node_modules/d3/"))).toEqual([]);
  });

  // The rules on this build's own graph, with one deliberate mistake: a page script that imports every chart's
  // drawing code at once (as a static import would) instead of fetching each chart's as it nears.
  it("fail this build if the page script loaded every chart's drawing code at start-up", () => {
    const eager = {
      chunks: graph.chunks.map((c) => (c.isEntry ? { ...c, imports: [...c.imports, ...c.dynamicImports], dynamicImports: [] } : c)),
    };
    const chapter = distPages().find((p) => p.path.startsWith("chapters/"))!;
    expect(budgetViolations(measurePage(chapter.path, chapter.html, read, eager, BASE))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^JavaScript at start-up is .* over 12\.0 KB/)]),
    );
  });
});
