import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { budgetViolations, fontViolations } from "./budgets.ts";
import { d3Imports, d3Signatures } from "./budgetsChartCode.ts";
import { chartBoxHasHeight, measurePage, staticImports } from "./budgetsMeasure.ts";

/**
 * The budget rules, shown to fail: small fake pages that break one budget each, measured from an
 * in-memory dist/. Needs no build.
 */
const allowedD3 = new Set(["d3-selection", "d3-interpolate", "d3-timer", "d3-shape"]);
const cssOk = ".chart-plot{width:100%;height:calc(100vh * .42);min-height:15rem}";
/** Incompressible text, so gzip cannot shrink a deliberate excess below the budget. */
const noise = (kb: number) => randomBytes(kb * 1024).toString("base64");

function measure(html: string, files: Record<string, string | Buffer> = {}) {
  const dist = new Map(Object.entries(files).map(([path, body]) => [path, Buffer.from(body)]));
  return measurePage("chapters/fake/index.html", html, (path) => dist.get(path));
}
const chartPage = (head = "", body = "") =>
  `<!doctype html><html lang="en"><head><style>${cssOk}</style>${head}</head><body>` +
  `<figure class="chart" data-chart="fake"><div class="chart-plot"><svg viewBox="0 0 10 10"></svg></div>` +
  `<script type="application/json" data-chart-data>[]</script></figure>${body}` +
  `<script type="module" src="/_astro/entry.js"></script></body></html>`;
const entry = `import{s as e}from"./chunk.js";e(document.querySelector("[data-scrolly]"));`;
const chunk = `const n="http://www.w3.org/1999/xhtml";export function s(e){return n}`;
const violations = (html: string, files: Record<string, string | Buffer> = {}) => budgetViolations(measure(html, files), allowedD3);

describe("budget rules", () => {
  it("pass a small chart page that loads its chunks from the site", () => {
    const page = measure(chartPage(), { "_astro/entry.js": entry, "_astro/chunk.js": chunk });
    expect(page.jsFiles).toEqual(["_astro/entry.js", "_astro/chunk.js"]);
    expect(budgetViolations(page, allowedD3)).toEqual([]);
  });

  it("fail a page whose JavaScript, counting the chunks it imports, is over 30 KB gzip", () => {
    const problems = violations(chartPage(), { "_astro/entry.js": entry, "_astro/chunk.js": `${chunk}/*${noise(31)}*/` });
    expect(problems).toEqual([expect.stringMatching(/^JavaScript is \d+\.\d KB gzip, over 30\.0 KB/)]);
  });

  it("fail a page whose CSS, inline plus linked, is over 15 KB gzip", () => {
    const html = chartPage('<link rel="stylesheet" href="/_astro/big.css">');
    const problems = violations(html, { "_astro/entry.js": entry, "_astro/chunk.js": chunk, "_astro/big.css": `/*${noise(16)}*/` });
    expect(problems).toEqual([expect.stringMatching(/^CSS is .* over 15\.0 KB/)]);
  });

  it("fail a page whose HTML is over 80 KB gzip", () => {
    const problems = violations(chartPage("", `<p>${noise(81)}</p>`), { "_astro/entry.js": entry, "_astro/chunk.js": chunk });
    expect(problems).toEqual([expect.stringMatching(/^HTML is .* over 80\.0 KB/)]);
  });

  it("fail any request to another host: script, stylesheet, font in CSS, image, iframe, protocol-relative", () => {
    const html = chartPage(
      '<script src="https://cdn.example.com/d3.js"></script><link rel="stylesheet" href="https://fonts.example.com/css">' +
        '<link rel="preconnect" href="https://fonts.example.net"><style>@font-face{src:url(https://fonts.example.org/a.woff2)}</style>',
      '<img src="//img.example.com/a.png" width="1" height="1" loading="lazy"><iframe src="https://video.example.com/"></iframe>',
    );
    const problems = violations(html, { "_astro/entry.js": entry, "_astro/chunk.js": chunk });
    expect(problems.filter((p) => p.startsWith("requests another host"))).toHaveLength(6);
  });

  it("allow links the reader follows to other sites, and data: URLs", () => {
    const html = chartPage(
      '<link rel="canonical" href="https://example.com/">',
      '<a href="https://example.com/">source</a><img src="data:image/png;base64,AA" width="1" height="1" loading="lazy">',
    );
    expect(violations(html, { "_astro/entry.js": entry, "_astro/chunk.js": chunk })).toEqual([]);
  });

  it("fail images without a size or, below the fold, without lazy loading", () => {
    const html = chartPage(
      "",
      '<img src="/a.png" loading="lazy"><img src="/b.png" width="4" height="3"><img src="/hero.png" width="4" height="3" fetchpriority="high">',
    );
    const problems = violations(html, { "_astro/entry.js": entry, "_astro/chunk.js": chunk, "a.png": "x", "b.png": "x", "hero.png": "x" });
    expect(problems).toEqual([expect.stringContaining("without width and height"), expect.stringContaining('not loading="lazy"')]);
  });

  it("fail a chart page whose chart box has no height before the chart draws", () => {
    const html = chartPage().replace(cssOk, ".chart-plot{width:100%;min-height:15rem}");
    expect(violations(html, { "_astro/entry.js": entry, "_astro/chunk.js": chunk })).toEqual([
      expect.stringContaining("no .chart-plot rule sets a height"),
    ]);
    expect(chartBoxHasHeight(".a,.chart-plot{aspect-ratio:4/3}")).toBe(true);
    expect(chartBoxHasHeight(".chart-plot svg{height:100%}")).toBe(false);
  });

  it("fail a page without a chart that loads chart code", () => {
    const html =
      '<!doctype html><html><head></head><body><p>No chart.</p><script type="module" src="/_astro/entry.js"></script></body></html>';
    const problems = violations(html, { "_astro/entry.js": entry, "_astro/chunk.js": chunk });
    expect(problems).toEqual([expect.stringMatching(/has no chart to animate but loads chart code: d3-selection, the scrolly controller/)]);
  });

  it("count the drawing chunk of each chart the page animates, and only those", () => {
    const loader = `${entry}const charts={fake:()=>import(\`./fake.A1.js\`),other:()=>import(\`./other.B2.js\`)};`;
    const files = {
      "_astro/entry.js": loader,
      "_astro/chunk.js": chunk,
      "_astro/fake.A1.js": `export const draw=1;/*${noise(2)}*/`,
      "_astro/other.B2.js": `/*${noise(40)}*/`,
    };
    const page = measure(chartPage(), files);
    expect(page.jsFiles).toEqual(["_astro/entry.js", "_astro/chunk.js", "_astro/fake.A1.js"]);
    expect(budgetViolations(page, allowedD3)).toEqual([]);
    const animatesOther = chartPage().replace('data-chart="fake"', 'data-chart="other"');
    expect(budgetViolations(measure(animatesOther, files), allowedD3)).toEqual([
      expect.stringMatching(/^JavaScript is \d+\.\d KB gzip, over 30\.0 KB/),
    ]);
  });

  it("fail a page that ships d3 modules no browser code imports, such as the whole d3 bundle", () => {
    const d3Bundle = readFileSync("node_modules/d3/dist/d3.min.js");
    const problems = violations(chartPage().replace("/_astro/entry.js", "/_astro/d3.min.js"), { "_astro/d3.min.js": d3Bundle });
    expect(problems).toContainEqual(expect.stringMatching(/^JavaScript is .* over 30\.0 KB/));
    expect(problems).toContainEqual(expect.stringMatching(/^ships d3 modules no browser code imports: d3-brush, .*d3-zoom$/));
  });

  it("fail a missing local file rather than counting it as zero bytes", () => {
    expect(violations(chartPage(), { "_astro/entry.js": entry })).toEqual([
      expect.stringContaining("references a file dist/ lacks: ./chunk.js"),
    ]);
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
  it("follows static imports, not dynamic ones", () => {
    expect(staticImports(`import"./a.js";import{b as c}from"./b.js";export{d}from"../d.js";import("./lazy.js")`)).toEqual([
      "./a.js",
      "./b.js",
      "../d.js",
    ]);
  });

  it("sees an import of the whole d3 bundle", () => {
    expect(d3Imports(`import * as d3 from "d3";\nimport { line } from 'd3-shape';\nimport "d3-transition";`)).toEqual([
      "d3",
      "d3-shape",
      "d3-transition",
    ]);
  });

  // A signature must name its module: present in that module's own bundle and in no other d3 module's.
  it.each(Object.entries(d3Signatures))("identifies %s by %j", (module, signature) => {
    const modules = Object.keys(d3Signatures).concat([
      "d3-array",
      "d3-color",
      "d3-format",
      "d3-interpolate",
      "d3-path",
      "d3-scale",
      "d3-shape",
      "d3-transition",
    ]);
    const holders = [...new Set(modules)].filter((m) => readFileSync(`node_modules/${m}/dist/${m}.min.js`, "utf8").includes(signature));
    expect(holders).toEqual([module]);
    expect(readFileSync("node_modules/d3/dist/d3.min.js", "utf8")).toContain(signature);
  });
});
