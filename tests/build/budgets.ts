import type { MeasuredPage } from "./budgetsMeasure.ts";

const KB = 1024;

/**
 * What one page may ship, gzip-compressed, as the issue sets it: a story that opens at once on a
 * cheap phone on a slow network. Bytes are deterministic, so these hold in tests, not in the bench.
 */
export const budgets = {
  jsGzip: 30 * KB,
  cssGzip: 15 * KB,
  /** The HTML with its inline SVG charts and the JSON they redraw from. */
  htmlGzip: 80 * KB,
  /** At most one self-hosted web font file, and a subset: one weight of Latin is 10-25 KB as woff2; a full font is 60 KB and up. */
  fontFiles: 1,
  fontBytes: 25 * KB,
};
export type Budgets = typeof budgets;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Every way a page breaks the budgets, in words; [] when it keeps them. `allowedD3` is the set of
 * d3 modules the browser code imports: any other d3 module in the page's JavaScript is dead weight.
 */
export function budgetViolations(page: MeasuredPage, allowedD3: ReadonlySet<string>, limits: Budgets = budgets): string[] {
  const problems: string[] = [];
  if (page.jsGzip > limits.jsGzip)
    problems.push(`JavaScript is ${kb(page.jsGzip)} gzip, over ${kb(limits.jsGzip)} (${page.jsFiles.join(", ")})`);
  if (page.cssGzip > limits.cssGzip) problems.push(`CSS is ${kb(page.cssGzip)} gzip, over ${kb(limits.cssGzip)}`);
  if (page.htmlGzip > limits.htmlGzip) problems.push(`HTML is ${kb(page.htmlGzip)} gzip, over ${kb(limits.htmlGzip)}`);
  for (const url of page.offSiteUrls) problems.push(`requests another host: ${url}`);
  for (const file of page.missingFiles) problems.push(`references a file dist/ lacks: ${file}`);
  for (const image of page.images) {
    if (image.width === undefined || image.height === undefined)
      problems.push(`image without width and height reserves no space: ${image.tag}`);
    const aboveTheFold = image.fetchpriority === "high";
    if (image.loading !== "lazy" && !aboveTheFold)
      problems.push(`image below the fold is not loading="lazy" (mark a hero image fetchpriority="high"): ${image.tag}`);
  }
  if (page.hasChart && !page.chartBoxHasHeight)
    problems.push("no .chart-plot rule sets a height: charts would shift the layout as they draw");
  if (!page.animatesChart && page.chartCodeShipped.length)
    problems.push(`has no chart to animate but loads chart code: ${page.chartCodeShipped.join(", ")}`);
  const unused = page.d3ModulesShipped.filter((m) => !allowedD3.has(m));
  if (unused.length) problems.push(`ships d3 modules no browser code imports: ${unused.join(", ")}`);
  return problems;
}

/** Web fonts in the whole build: none, or one self-hosted subset file. */
export function fontViolations(files: readonly { path: string; bytes: number }[], limits: Budgets = budgets): string[] {
  const fonts = files.filter((f) => /\.(?:woff2?|ttf|otf|eot)$/i.test(f.path));
  const problems: string[] = [];
  if (fonts.length > limits.fontFiles)
    problems.push(`${fonts.length} web font files, at most ${limits.fontFiles}: ${fonts.map((f) => f.path).join(", ")}`);
  for (const font of fonts) {
    if (!font.path.endsWith(".woff2")) problems.push(`web font not woff2: ${font.path}`);
    if (font.bytes > limits.fontBytes)
      problems.push(`web font ${font.path} is ${kb(font.bytes)}, over ${kb(limits.fontBytes)}: not a subset`);
  }
  return problems;
}
