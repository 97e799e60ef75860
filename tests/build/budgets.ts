import type { MeasuredPage } from "./budgetsMeasure.ts";

const KB = 1024;

/**
 * What one page may ship, gzip-compressed, as the issue sets it: a story that opens at once on a
 * cheap phone on a slow network. Bytes are deterministic, so these hold in tests, not in the bench.
 */
export const budgets = {
  /** Everything a reader can download reading the page to the end: scripts, their chunks, and every chunk they fetch later. */
  jsGzip: 20 * KB,
  /** What runs before anything is fetched on demand: the page's scripts and the chunks they import. */
  startupJsGzip: 12 * KB,
  cssGzip: 15 * KB,
  /** The HTML with its inline SVG charts and the JSON they redraw from. */
  htmlGzip: 80 * KB,
  /** At most one self-hosted web font file, and a subset: one weight of Latin is 10-25 KB as woff2; a full font is 60 KB and up. */
  fontFiles: 1,
  fontBytes: 25 * KB,
};
export type Budgets = typeof budgets;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Every way a page breaks the budgets, in words; [] when it keeps them. */
export function budgetViolations(page: MeasuredPage, limits: Budgets = budgets): string[] {
  const problems: string[] = [];
  if (page.jsGzip > limits.jsGzip)
    problems.push(`JavaScript read to the end is ${kb(page.jsGzip)} gzip, over ${kb(limits.jsGzip)} (${page.jsFiles.join(", ")})`);
  if (page.startupGzip > limits.startupJsGzip)
    problems.push(
      `JavaScript at start-up is ${kb(page.startupGzip)} gzip, over ${kb(limits.startupJsGzip)} (${page.startupFiles.join(", ")})`,
    );
  if (page.cssGzip > limits.cssGzip) problems.push(`CSS is ${kb(page.cssGzip)} gzip, over ${kb(limits.cssGzip)}`);
  if (page.htmlGzip > limits.htmlGzip) problems.push(`HTML is ${kb(page.htmlGzip)} gzip, over ${kb(limits.htmlGzip)}`);
  for (const url of page.offSiteUrls) problems.push(`requests another host: ${url}`);
  for (const file of page.missingFiles) problems.push(`references a file dist/ lacks: ${file}`);
  for (const script of page.unfollowed) problems.push(`cannot measure a script: ${script}`);
  for (const image of page.images) {
    if (image.width === undefined || image.height === undefined)
      problems.push(`image without width and height reserves no space: ${image.tag}`);
    const aboveTheFold = image.fetchpriority === "high";
    if (image.loading !== "lazy" && !aboveTheFold)
      problems.push(`image below the fold is not loading="lazy" (mark a hero image fetchpriority="high"): ${image.tag}`);
  }
  if (page.hasChart && !page.chartBoxHasHeight)
    problems.push("no .chart-plot rule sets a height: charts would shift the layout as they draw");
  if (page.animatedCharts.length === 0 && page.chartCodeShipped.length)
    problems.push(`has no chart to animate but loads chart code: ${page.chartCodeShipped.join(", ")}`);
  const wholeD3 = page.modules.filter((m) => m.startsWith("node_modules/d3/"));
  if (wholeD3.length)
    problems.push(`imports the umbrella d3 package (the whole d3 bundle) rather than the d3 modules it uses: ${wholeD3.join(", ")}`);
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
