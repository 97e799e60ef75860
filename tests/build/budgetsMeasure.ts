import { posix } from "node:path";
import { gzipSync } from "node:zlib";
import { found, chartCodeMarkers, d3Signatures } from "./budgetsChartCode.ts";
import { attr, elementTexts, startTags, tagName } from "./budgetsHtml.ts";

/** Reads a file by its path under dist/ ("_astro/x.js"); undefined when it does not exist. */
export type ReadDistFile = (distPath: string) => Buffer | undefined;

export interface PageImage {
  tag: string;
  width?: string;
  height?: string;
  loading?: string;
  fetchpriority?: string;
}

/** What a built page ships, measured from dist/ as a browser would fetch it. */
export interface MeasuredPage {
  path: string;
  hasChart: boolean;
  /** A chart the browser redraws (it carries its data); other charts are drawn once, at build time. */
  animatesChart: boolean;
  htmlGzip: number;
  /** Module and classic scripts the page loads, with every chunk they import statically. */
  jsFiles: string[];
  jsGzip: number;
  /** Inline <style> plus linked stylesheets. */
  cssGzip: number;
  /** URLs that would make the browser request another host. */
  offSiteUrls: string[];
  /** Local files the page references that dist/ lacks. */
  missingFiles: string[];
  images: PageImage[];
  /** Whether each .chart-plot rule in the page's CSS sets a height (or aspect ratio) before any script runs. */
  chartBoxHasHeight: boolean;
  /** d3 modules whose signatures occur in the page's JavaScript. */
  d3ModulesShipped: string[];
  /** Chart code (d3's DOM layer, scrollama, the scrolly controller) in the page's JavaScript. */
  chartCodeShipped: string[];
}

const gzip = (text: Buffer | string) => gzipSync(text, { level: 9 }).length;
const isOffSite = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !/^(?:data|blob):/i.test(url.trim());

/** Elements whose URL attributes the browser fetches (links only for the rels that fetch). */
const fetchingTags = ["script", "link", "img", "iframe", "source", "video", "audio", "embed", "object", "image", "use", "input", "track"];
const urlAttributes = ["src", "href", "srcset", "poster", "data", "xlink:href"];
const fetchingRels = /\b(?:stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon)\b/i;

/** URLs in CSS that the browser fetches: url(...) and @import. */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  const imports = [...css.matchAll(/@import\s+["']([^"']+)["']/gi)].map((m) => m[1]!);
  return [...urls, ...imports];
}

/** Relative chunks a module imports statically; dynamic import() loads later and is not counted. */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{0,2}\/[^"']+)["']/g)].map((m) => m[1]!);
}

/** Modules a script loads on demand, `import("./x.js")`: each chart's drawing code is one (src/client/chartDraws.ts). */
export function dynamicImports(js: string): string[] {
  return [...js.matchAll(/\bimport\(\s*["'`](\.{0,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
}

/** The charts a page redraws in the browser: the figures that carry their data for it. */
export function animatedCharts(html: string): string[] {
  return [...html.matchAll(/<figure\b[^>]*\sdata-chart="([^"]+)"[^>]*>(?:(?!<\/figure>)[\s\S])*?\sdata-chart-data[\s>=]/g)].map(
    (m) => m[1]!,
  );
}

/** Does some `.chart-plot { … }` rule set height or aspect-ratio (min-height alone does not fix the box)? */
export function chartBoxHasHeight(css: string): boolean {
  return [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)].some(
    ([, selectors, body]) =>
      selectors!.split(",").some((s) => s.trim() === ".chart-plot") && /(?:^|;)\s*(?:height|aspect-ratio)\s*:/.test(body!),
  );
}

/**
 * Measures one built page: follows its scripts (and their imports) and stylesheets into dist/,
 * gzips what it ships, and collects what the rules need to judge it. `base` is the path the
 * site was built for (BASE_PATH), which absolute URLs in the page start with.
 */
export function measurePage(path: string, html: string, read: ReadDistFile, base = "/"): MeasuredPage {
  const baseDir = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const missingFiles: string[] = [];
  const offSiteUrls: string[] = [];
  const toDistPath = (url: string, from: string): string | undefined => {
    const clean = url.split(/[?#]/)[0]!;
    if (clean.startsWith("/")) return clean.startsWith(baseDir) ? clean.slice(baseDir.length) : clean.slice(1);
    return posix.normalize(posix.join(posix.dirname(from), clean));
  };
  const load = (url: string, from: string): Buffer | undefined => {
    const distPath = toDistPath(url, from);
    const file = distPath === undefined ? undefined : read(distPath);
    if (!file) missingFiles.push(`${url} (from ${from})`);
    return file;
  };

  const tags = startTags(html, fetchingTags);
  for (const tag of tags) {
    if (tagName(tag) === "link" && !fetchingRels.test(attr(tag, "rel") ?? "")) continue;
    for (const name of urlAttributes) {
      const value = attr(tag, name);
      if (value === undefined) continue;
      const urls = name === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value];
      offSiteUrls.push(...urls.filter(isOffSite));
    }
  }

  // Scripts: every external script and the chunks it imports, each counted once; inline module code too.
  const charts = animatedCharts(html);
  const jsFiles: string[] = [];
  let jsGzip = 0;
  const jsTexts: string[] = [];
  const followScript = (url: string, from: string) => {
    if (isOffSite(url)) return;
    const distPath = toDistPath(url, from);
    if (distPath === undefined || jsFiles.includes(distPath)) return;
    const file = load(url, from);
    if (!file) return;
    jsFiles.push(distPath);
    jsGzip += gzip(file);
    const text = file.toString("utf8");
    jsTexts.push(text);
    for (const imported of staticImports(text)) followScript(imported, distPath);
    // Drawing code loaded on demand counts for the pages that animate its chart (chunks are named after the chart).
    for (const imported of dynamicImports(text)) {
      if (charts.some((chart) => posix.basename(imported).startsWith(`${chart}.`))) followScript(imported, distPath);
    }
  };
  for (const tag of startTags(html, ["script"])) {
    const src = attr(tag, "src");
    if (src !== undefined) followScript(src, path);
  }
  for (const tag of startTags(html, ["link"])) {
    if (/\bmodulepreload\b/i.test(attr(tag, "rel") ?? "")) followScript(attr(tag, "href") ?? "", path);
  }
  const isInlineCode = (tag: string) => attr(tag, "src") === undefined && /^(?:module|text\/javascript|)$/i.test(attr(tag, "type") ?? "");
  for (const code of elementTexts(html, "script", isInlineCode)) {
    jsGzip += gzip(code);
    jsTexts.push(code);
    for (const imported of staticImports(code)) followScript(imported, path);
  }

  // Styles: inline <style> and linked stylesheets.
  const cssTexts = elementTexts(html, "style");
  let cssGzip = cssTexts.length ? gzip(cssTexts.join("\n")) : 0;
  for (const tag of startTags(html, ["link"])) {
    const href = attr(tag, "href");
    if (!/\bstylesheet\b/i.test(attr(tag, "rel") ?? "") || href === undefined || isOffSite(href)) continue;
    const file = load(href, path);
    if (!file) continue;
    cssGzip += gzip(file);
    cssTexts.push(file.toString("utf8"));
  }
  const css = cssTexts.join("\n");
  offSiteUrls.push(...cssUrls(css).filter(isOffSite));

  const images = startTags(html, ["img"]).map((tag) => ({
    tag,
    width: attr(tag, "width"),
    height: attr(tag, "height"),
    loading: attr(tag, "loading"),
    fetchpriority: attr(tag, "fetchpriority"),
  }));
  const js = jsTexts.join("\n");

  return {
    path,
    hasChart: /\sdata-chart=/.test(html),
    animatesChart: charts.length > 0,
    htmlGzip: gzip(html),
    jsFiles,
    jsGzip,
    cssGzip,
    offSiteUrls,
    missingFiles,
    images,
    chartBoxHasHeight: chartBoxHasHeight(css),
    d3ModulesShipped: found(js, d3Signatures),
    chartCodeShipped: found(js, chartCodeMarkers),
  };
}
