import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { BundleChunk } from "../../src/integrations/bundleGraph.ts";
import { budgetViolations, fontViolations } from "./budgets.ts";
import { chartBoxHasHeight, chartOfModule, measurePage } from "./budgetsMeasure.ts";

/**
 * The budget rules, shown to fail: small fake pages that break one budget each, measured from an
 * in-memory dist/ and module graph. Needs no build.
 */
const cssOk = ".chart-plot{width:100%;height:calc(100vh * .42);min-height:15rem}";
/** Incompressible text, so gzip cannot shrink a deliberate excess below the budget. */
const noise = (kb: number) => randomBytes(kb * 1024).toString("base64");

/** A chunk of the fake build: its file, what it imports, the module it stands for and the modules in it. */
function chunk(file: string, options: Partial<Omit<BundleChunk, "modules">> & { modules?: string[] } = {}): BundleChunk {
  const { modules = [], ...rest } = options;
  return {
    file,
    isEntry: false,
    isDynamicEntry: false,
    facadeModule: null,
    imports: [],
    dynamicImports: [],
    ...rest,
    modules: modules.map((name) => ({ name, renderedBytes: 1 })),
  };
}

/** The usual fake build: a page script that imports the scrolly code and fetches each chart's drawing code, and the presenter, on demand. */
const build = (extra: Record<string, string> = {}, chunks: BundleChunk[] = []) => ({
  files: {
    "_astro/entry.js": "startScrollies()",
    "_astro/scrolly.js": "export const s=1",
    "_astro/presenter.js": "export const p=1",
    "_astro/fake.js": "export const draw=1",
    "_astro/other.js": "export const draw=2",
    "_astro/kit.js": "export const k=1",
    ...extra,
  },
  chunks: [
    chunk("_astro/entry.js", {
      isEntry: true,
      facadeModule: "src/pages/chapters/[slug].astro",
      imports: ["_astro/scrolly.js"],
      dynamicImports: ["_astro/fake.js", "_astro/other.js", "_astro/presenter.js"],
      modules: ["src/client/startScrollies.ts"],
    }),
    chunk("_astro/scrolly.js", { modules: ["node_modules/scrollama/build/scrollama.js"] }),
    chunk("_astro/presenter.js", { isDynamicEntry: true, facadeModule: "src/client/presenter.ts", modules: ["src/client/presenter.ts"] }),
    chunk("_astro/fake.js", {
      isDynamicEntry: true,
      facadeModule: "src/charts/draw/fake.ts",
      imports: ["_astro/kit.js"],
      modules: ["src/charts/draw/fake.ts"],
    }),
    chunk("_astro/other.js", {
      isDynamicEntry: true,
      facadeModule: "src/charts/other/draw.ts",
      imports: ["_astro/kit.js"],
      modules: ["src/charts/other/draw.ts"],
    }),
    chunk("_astro/kit.js", { modules: ["node_modules/d3-array/dist/d3-array.mjs", "src/charts/linearScale.ts"] }),
    ...chunks,
  ],
});

function measure(html: string, fake = build()) {
  const dist = new Map(Object.entries(fake.files).map(([path, body]) => [path, Buffer.from(body)]));
  return measurePage("chapters/fake/index.html", html, (path) => dist.get(path), { chunks: fake.chunks });
}
const chartPage = (head = "", body = "", chart = "fake") =>
  `<!doctype html><html lang="en"><head><style>${cssOk}</style>${head}</head><body>` +
  `<figure class="chart" data-chart="${chart}"><div class="chart-plot"><svg viewBox="0 0 10 10"></svg></div>` +
  `<script type="application/json" data-chart-data>[]</script></figure>${body}` +
  `<script type="module" src="/_astro/entry.js"></script></body></html>`;
const violations = (html: string, fake = build()) => budgetViolations(measure(html, fake));

describe("budget rules", () => {
  it("pass a small chart page that loads its chunks from the site", () => {
    const page = measure(chartPage());
    expect(page.startupFiles).toEqual(["_astro/entry.js", "_astro/scrolly.js"]);
    expect(page.jsFiles).toEqual(["_astro/entry.js", "_astro/scrolly.js", "_astro/fake.js", "_astro/kit.js", "_astro/presenter.js"]);
    expect(budgetViolations(page)).toEqual([]);
  });

  it("fail a page whose JavaScript read to the end, counting every chunk it can fetch later, is over 20 KB gzip", () => {
    const problems = violations(chartPage(), build({ "_astro/presenter.js": `/*${noise(21)}*/` }));
    expect(problems).toEqual([expect.stringMatching(/^JavaScript read to the end is \d+\.\d KB gzip, over 20\.0 KB .*presenter\.js/)]);
  });

  it("fail a page whose start-up JavaScript, the page script and the chunks it imports, is over 12 KB gzip", () => {
    const problems = violations(chartPage(), build({ "_astro/scrolly.js": `/*${noise(13)}*/` }));
    expect(problems).toEqual([
      expect.stringMatching(/^JavaScript at start-up is \d+\.\d KB gzip, over 12\.0 KB \(_astro\/entry\.js, _astro\/scrolly\.js\)/),
    ]);
  });

  it("count the drawing chunk of each chart the page animates, and only those, in either layout of chart code", () => {
    const fake = build({ "_astro/fake.js": `/*${noise(2)}*/`, "_astro/other.js": `/*${noise(25)}*/` });
    // src/charts/draw/fake.ts: one file per chart.
    expect(measure(chartPage(), fake).jsFiles).not.toContain("_astro/other.js");
    expect(violations(chartPage(), fake)).toEqual([]);
    // src/charts/other/draw.ts: one folder per chart.
    const other = measure(chartPage("", "", "other"), fake);
    expect(other.jsFiles).toContain("_astro/other.js");
    expect(other.jsFiles).not.toContain("_astro/fake.js");
    expect(budgetViolations(other)).toEqual([expect.stringMatching(/^JavaScript read to the end is .* over 20\.0 KB/)]);
  });

  it("count a chart's chunk only where the chart is animated: a chart drawn once, at build time, fetches nothing", () => {
    const fake = build({ "_astro/fake.js": `/*${noise(25)}*/` });
    const staticChart = chartPage().replace('<script type="application/json" data-chart-data>[]</script>', "");
    expect(measure(staticChart, fake).jsFiles).not.toContain("_astro/fake.js");
  });

  it("fail a page without a chart that loads chart code", () => {
    const html =
      '<!doctype html><html><head></head><body><p>No chart.</p><script type="module" src="/_astro/entry.js"></script></body></html>';
    expect(violations(html)).toEqual([expect.stringMatching(/^has no chart to animate but loads chart code: scrollama$/)]);
  });

  it("fail a page whose code imports the umbrella d3 package, the whole d3 bundle", () => {
    const fake = build({}, []);
    fake.chunks[1] = chunk("_astro/scrolly.js", { modules: ["node_modules/d3/src/index.js", "node_modules/d3-brush/src/brush.js"] });
    expect(violations(chartPage(), fake)).toEqual([
      expect.stringMatching(/^imports the umbrella d3 package .*node_modules\/d3\/src\/index\.js$/),
    ]);
  });

  it("fail a chunk the module graph lists that dist/ lacks, rather than counting it as zero bytes", () => {
    const fake = build();
    delete (fake.files as Record<string, string>)["_astro/kit.js"];
    expect(violations(chartPage(), fake)).toEqual([expect.stringContaining("references a file dist/ lacks: _astro/kit.js")]);
  });

  it("fail a page script the module graph does not know (a graph from another build), and inline code that imports", () => {
    const fake = build({ "_astro/entry.NEW.js": "x" });
    const html = chartPage()
      .replace("/_astro/entry.js", "/_astro/entry.NEW.js")
      .replace("</body>", '<script type="module">import "/_astro/x.js"</script></body>');
    expect(violations(html, fake)).toEqual([
      expect.stringMatching(/^cannot measure a script: _astro\/entry\.NEW\.js: not in the module graph/),
      expect.stringMatching(/^cannot measure a script: an inline script imports code/),
    ]);
  });

  it("fail a page whose CSS, inline plus linked, is over 15 KB gzip", () => {
    const problems = violations(
      chartPage('<link rel="stylesheet" href="/_astro/big.css">'),
      build({ "_astro/big.css": `/*${noise(16)}*/` }),
    );
    expect(problems).toEqual([expect.stringMatching(/^CSS is .* over 15\.0 KB/)]);
  });

  it("fail a page whose HTML is over 80 KB gzip", () => {
    expect(violations(chartPage("", `<p>${noise(81)}</p>`))).toEqual([expect.stringMatching(/^HTML is .* over 80\.0 KB/)]);
  });

  it("fail any request to another host: script, stylesheet, font in CSS, image, iframe, protocol-relative", () => {
    const html = chartPage(
      '<script src="https://cdn.example.com/d3.js"></script><link rel="stylesheet" href="https://fonts.example.com/css">' +
        '<link rel="preconnect" href="https://fonts.example.net"><style>@font-face{src:url(https://fonts.example.org/a.woff2)}</style>',
      '<img src="//img.example.com/a.png" width="1" height="1" loading="lazy"><iframe src="https://video.example.com/"></iframe>',
    );
    expect(violations(html).filter((p) => p.startsWith("requests another host"))).toHaveLength(6);
  });

  it("allow links the reader follows to other sites, and data: URLs", () => {
    const html = chartPage(
      '<link rel="canonical" href="https://example.com/">',
      '<a href="https://example.com/">source</a><img src="data:image/png;base64,AA" width="1" height="1" loading="lazy">',
    );
    expect(violations(html)).toEqual([]);
  });

  it("fail images without a size or, below the fold, without lazy loading", () => {
    const html = chartPage(
      "",
      '<img src="/a.png" loading="lazy"><img src="/b.png" width="4" height="3"><img src="/hero.png" width="4" height="3" fetchpriority="high">',
    );
    expect(violations(html, build({ "a.png": "x", "b.png": "x", "hero.png": "x" }))).toEqual([
      expect.stringContaining("without width and height"),
      expect.stringContaining('not loading="lazy"'),
    ]);
  });

  it("fail a chart page whose chart box has no height before the chart draws", () => {
    const html = chartPage().replace(cssOk, ".chart-plot{width:100%;min-height:15rem}");
    expect(violations(html)).toEqual([expect.stringContaining("no .chart-plot rule sets a height")]);
    expect(chartBoxHasHeight(".a,.chart-plot{aspect-ratio:4/3}")).toBe(true);
    expect(chartBoxHasHeight(".chart-plot svg{height:100%}")).toBe(false);
  });

  it("fail more than one web font, a font that is not woff2, or one too big to be a subset", () => {
    expect(fontViolations([{ path: "fonts/text.woff2", bytes: 18_000 }])).toEqual([]);
    expect(
      fontViolations([
        { path: "a.woff2", bytes: 18_000 },
        { path: "b.woff2", bytes: 18_000 },
      ]),
    ).toEqual([expect.stringContaining("2 web font files")]);
    expect(fontViolations([{ path: "a.ttf", bytes: 18_000 }])).toEqual([expect.stringContaining("not woff2")]);
    expect(fontViolations([{ path: "a.woff2", bytes: 90_000 }])).toEqual([expect.stringContaining("not a subset")]);
  });
});

describe("what the rules read", () => {
  it("knows a chart's drawing module by its path, in a file per chart or a folder per chart", () => {
    expect(chartOfModule("src/charts/draw/gdp-growth.ts")).toBe("gdp-growth");
    expect(chartOfModule("src/charts/gdp-growth/draw.ts")).toBe("gdp-growth");
    expect(chartOfModule("tests/fixtures/charts/test-chart/draw.ts")).toBe("test-chart");
    expect(chartOfModule("src/charts/gdp-growth/states.ts")).toBeUndefined();
    expect(chartOfModule("src/charts/linearScale.ts")).toBeUndefined();
    expect(chartOfModule("src/client/drawMarks.ts")).toBeUndefined();
  });
});
