import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { chartDefinitions, chartRegistry } from "../../src/charts/chartDefinitions.ts";
import { defineChart } from "../../src/charts/defineChart.ts";
import type { PageDrawing } from "../../src/charts/pageDrawing.ts";

/** The chart folders: every folder of src/charts with a chart.ts. */
const folders = readdirSync("src/charts", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/charts/${entry.name}/chart.ts`))
  .map((entry) => entry.name);

/** Each folder's browser drawing, as the page loads it (src/client/chartDraws.ts globs the same files). */
const drawings = import.meta.glob<PageDrawing>("../../src/charts/*/draw.ts", { import: "drawing", eager: true });

describe("the chart registry, derived from the chart folders", () => {
  it("has one chart per folder of src/charts with a chart.ts, each with its draw.ts, listed in the site's order", () => {
    expect(Object.keys(chartDefinitions)).toEqual([
      "partner-shares",
      "import-shares",
      "trade-turnover",
      "gdp-growth",
      "export-composition",
      "deals-timeline",
      "routes-map",
    ]);
    expect([...folders].sort()).toEqual(Object.keys(chartDefinitions).sort());
    for (const folder of folders) expect(drawings[`../../src/charts/${folder}/draw.ts`], folder).toBeDefined();
  });

  it("takes a chart's id from its folder, and lists by order, then by id", () => {
    const chart = (order?: number) => ({
      chart: defineChart({
        order,
        states: ["only"],
        rows: () => 1,
        draw: () => ({ width: 1, height: 1, marks: [], summary: "" }),
        series: [],
        tables: () => [],
        csv: () => "",
      }),
    });
    const registry = chartRegistry({
      "./zebra/chart.ts": chart(1),
      "../../tests/fixtures/charts/apple/chart.ts": chart(),
      "./mango/chart.ts": chart(),
    });
    expect(Object.keys(registry)).toEqual(["zebra", "apple", "mango"]);
    expect(() => chartRegistry({ "./loose.ts": chart() })).toThrow(/not a chart folder's chart\.ts/);
  });
});

describe("each chart's browser drawing", () => {
  it.each(Object.entries(chartDefinitions))(
    "%s draws from the page's JSON exactly what the build draws, in every state, under every reporter it offers",
    (chart, definition) => {
      const drawing = drawings[`../../src/charts/${chart}/draw.ts`]!;
      const draw = drawing.withRows(JSON.stringify(definition.rows()).replace(/</g, "\\u003c"));
      for (const state of definition.states) {
        for (const size of [definition.staticSize, { width: 360, height: 300 }]) {
          expect(draw(state, size), `${chart} ${state}`).toEqual(definition.draw(state, size));
          for (const reporter of definition.reporters) {
            expect(draw(state, size, reporter), `${chart} ${state} ${reporter}`).toEqual(definition.draw(state, size, reporter));
          }
        }
      }
      expect(draw("no-such-state", definition.staticSize)).toBeUndefined();
      expect(() => definition.draw("no-such-state")).toThrow(/no state "no-such-state"/);
    },
  );
});

/** Modules a module imports to run (not `import type`), resolved to files; packages by name. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/g)].map((m) => {
    const specifier = m[1]!;
    return specifier.startsWith(".") ? resolve(dirname(file), specifier) : specifier;
  });
}

describe("the browser chunk of each chart folder", () => {
  it.each(folders)("%s: draw.ts runs nothing of the build side (rows, definition, tables, CSV, data files, Node)", (folder) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of runtimeImports(file))
        if (imported.startsWith("/")) visit(imported);
        else seen.add(imported);
    };
    visit(resolve(`src/charts/${folder}/draw.ts`));
    const root = resolve(".") + "/";
    const graph = [...seen].map((p) => p.replace(root, ""));
    const buildSide = graph.filter(
      (p) =>
        /^src\/charts\/[^/]+\/(data|chart|csv|tables)\.ts$/.test(p) ||
        /^src\/charts\/(defineChart|chartDefinitions|chartCsv|withBreaks)\.ts$/.test(p) ||
        /^src\/(data|claims|content)\//.test(p) ||
        /^(d3-dsv|yaml|node:|world-atlas|topojson|d3-geo)/.test(p),
    );
    expect(buildSide).toEqual([]);
  });
});

describe("the import direction inside src/charts (eslint.config.js)", () => {
  it("lets a chart folder import what all charts share, and fails a shared module that imports from a chart folder", async () => {
    const eslint = new ESLint({ cwd: resolve(".") });
    const lint = async (filePath: string, code: string) =>
      (await eslint.lintText(code, { filePath })).flatMap((result) => result.messages.map((m) => m.ruleId));
    expect(
      await lint(
        "src/charts/shared.ts",
        'import type { PartnerSharesData } from "./partner-shares/data.ts";\nexport type Rows = PartnerSharesData;\n',
      ),
    ).toEqual(["import-x/no-restricted-paths"]);
    expect(await lint("src/charts/gdp-growth/more.ts", 'import type { Mark } from "../marks.ts";\nexport type Marks = Mark[];\n')).toEqual(
      [],
    );
  });
});
