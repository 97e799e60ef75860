import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type HTMLElement } from "node-html-parser";
import { bundleGraphPath, type BundleChunk, type BundleGraph } from "../../src/integrations/bundleGraph.ts";

/** Reads a file by its path under dist/ ("_astro/x.js"); undefined when it does not exist. */
export type ReadDistFile = (distPath: string) => Buffer | undefined;

/** The module graph the build wrote beside `dist` (src/integrations/bundleGraph.ts); undefined if there is none. */
export function readBundleGraph(dist: string): BundleGraph | undefined {
  try {
    return JSON.parse(readFileSync(bundleGraphPath(dist), "utf8")) as BundleGraph;
  } catch {
    return undefined;
  }
}

/**
 * The chart whose drawing code a module is, by its path, or undefined: `…/charts/draw/<chart>.ts` (one file per
 * chart) or `…/charts/<chart>/draw.ts` (one folder per chart). A new chart in either layout is recognised with
 * no edit here; tests/build/budgets.test.ts checks that every chart chunk found names a chart some page draws.
 */
export function chartOfModule(module: string): string | undefined {
  const match = /(?:^|\/)charts\/(?:draw\/([^/]+)|([^/]+)\/draw)\.[cm]?[jt]s$/.exec(module);
  return match?.[1] ?? match?.[2];
}

/** Packages and folders whose code only charts need: d3, scrollama, and the chart functions (src/charts). */
const CHART_CODE = /^(?:node_modules\/(d3(?:-[a-z-]+)?|scrollama)\/|src\/charts\/)/;

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
  /** The charts the browser redraws here (each carries its data); other charts are drawn once, at build time. */
  animatedCharts: string[];
  htmlGzip: number;
  /** The page's scripts with every chunk they import: what runs before anything is fetched on demand. */
  startupFiles: string[];
  startupGzip: number;
  /**
   * Everything a reader can download reading the page to the end: the start-up files, and every chunk they can
   * fetch later (import()), with its imports, except the drawing code of charts that are not on the page.
   */
  jsFiles: string[];
  jsGzip: number;
  /** Inline <style> plus linked stylesheets. */
  cssGzip: number;
  /** URLs that would make the browser request another host. */
  offSiteUrls: string[];
  /** Local files the page references that dist/ lacks. */
  missingFiles: string[];
  /** Scripts the module graph cannot follow: a chunk it does not list (a stale graph), or inline code that imports. */
  unfollowed: string[];
  images: PageImage[];
  /** Whether each .chart-plot rule in the page's CSS sets a height (or aspect ratio) before any script runs. */
  chartBoxHasHeight: boolean;
  /** Source modules in jsFiles, as the bundler named them ("node_modules/d3-array/dist/d3-array.mjs"). */
  modules: string[];
  /** The packages and folders of chart-only code in jsFiles (see CHART_CODE). */
  chartCodeShipped: string[];
}

const gzip = (text: Buffer | string) => gzipSync(text, { level: 9 }).length;
const isOffSite = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !/^(?:data|blob):/i.test(url.trim());

/** Elements whose URL attributes the browser fetches (links only for the rels that fetch). */
const fetchingTags = "script, link, img, iframe, source, video, audio, embed, object, image, use, input, track";
const urlAttributes = ["src", "href", "srcset", "poster", "data", "xlink:href"];
const fetchingRels = /\b(?:stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon)\b/i;

/** URLs in CSS that the browser fetches: url(...) and @import. */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  const imports = [...css.matchAll(/@import\s+["']([^"']+)["']/gi)].map((m) => m[1]!);
  return [...urls, ...imports];
}

/** Does some `.chart-plot { … }` rule set height or aspect-ratio (min-height alone does not fix the box)? */
export function chartBoxHasHeight(css: string): boolean {
  return [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)].some(
    ([, selectors, body]) =>
      selectors!.split(",").some((s) => s.trim() === ".chart-plot") && /(?:^|;)\s*(?:height|aspect-ratio)\s*:/.test(body!),
  );
}

/** The start tag of an element as written, for messages. */
const startTag = (element: HTMLElement) => element.outerHTML.slice(0, element.outerHTML.indexOf(">") + 1);

/**
 * Chunks loaded from `entries`: their static imports, transitively; with `lazy`, also the chunks they can import()
 * (with their own imports) for which `lazy` says yes.
 */
function reachable(graph: Map<string, BundleChunk>, entries: readonly string[], lazy?: (chunk: BundleChunk) => boolean): string[] {
  const seen: string[] = [];
  const visit = (file: string) => {
    const chunk = graph.get(file);
    if (!chunk || seen.includes(file)) return;
    seen.push(file);
    chunk.imports.forEach(visit);
    if (lazy) chunk.dynamicImports.filter((d) => graph.has(d) && lazy(graph.get(d)!)).forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}

/**
 * Measures one built page: finds its scripts in the HTML, follows them through the build's module graph (static
 * imports for start-up; import() too for the page read to the end), gzips what it ships, and collects what the
 * rules need to judge it. `base` is the path the site was built for (BASE_PATH), which absolute URLs start with.
 */
export function measurePage(path: string, html: string, read: ReadDistFile, graph: BundleGraph, base = "/"): MeasuredPage {
  const baseDir = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const missingFiles: string[] = [];
  const offSiteUrls: string[] = [];
  const unfollowed: string[] = [];
  const toDistPath = (url: string): string => {
    const clean = url.split(/[?#]/)[0]!;
    if (clean.startsWith("/")) return clean.startsWith(baseDir) ? clean.slice(baseDir.length) : clean.slice(1);
    return posix.normalize(posix.join(posix.dirname(path), clean));
  };
  const load = (distPath: string, from = path): Buffer | undefined => {
    const file = read(distPath);
    if (!file) missingFiles.push(`${distPath} (from ${from})`);
    return file;
  };
  const document = parse(html, { comment: false });

  for (const element of document.querySelectorAll(fetchingTags)) {
    if (element.tagName === "LINK" && !fetchingRels.test(element.getAttribute("rel") ?? "")) continue;
    for (const name of urlAttributes) {
      const value = element.getAttribute(name);
      if (value === undefined) continue;
      const urls = name === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value];
      offSiteUrls.push(...urls.filter(isOffSite));
    }
  }

  // Scripts: the page's own, then what the module graph says they load.
  const chunks = new Map(graph.chunks.map((chunk) => [chunk.file, chunk]));
  const animatedCharts = document
    .querySelectorAll("figure[data-chart]")
    .filter((figure) => figure.querySelector("[data-chart-data]"))
    .map((figure) => figure.getAttribute("data-chart")!);
  const entries: string[] = [];
  let inlineGzip = 0;
  const scriptUrls = [
    ...document.querySelectorAll("script[src]").map((s) => s.getAttribute("src")!),
    ...document.querySelectorAll("link[rel~=modulepreload][href]").map((l) => l.getAttribute("href")!),
  ];
  for (const url of scriptUrls.filter((u) => !isOffSite(u))) {
    const file = toDistPath(url);
    if (chunks.has(file)) entries.push(file);
    else if (file.endsWith(".js") && file.startsWith("_astro/"))
      unfollowed.push(`${file}: not in the module graph, which is from another build (build again)`);
    else if (load(file)) entries.push(file);
  }
  for (const script of document.querySelectorAll("script:not([src])")) {
    if (!/^(?:module|text\/javascript|)$/i.test(script.getAttribute("type") ?? "")) continue;
    inlineGzip += gzip(script.rawText);
    if (/\bimport\b/.test(script.rawText))
      unfollowed.push(`an inline script imports code the module graph cannot follow: ${startTag(script)}`);
  }
  const lazy = (chunk: BundleChunk) => {
    const chart = chunk.facadeModule === null ? undefined : chartOfModule(chunk.facadeModule);
    return chart === undefined || animatedCharts.includes(chart);
  };
  const startupFiles = [...reachable(chunks, entries), ...entries.filter((e) => !chunks.has(e))];
  const jsFiles = [...reachable(chunks, entries, lazy), ...entries.filter((e) => !chunks.has(e))];
  const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + gzip(load(file) ?? ""), inlineGzip);
  const modules = jsFiles.flatMap((file) => chunks.get(file)?.modules.map((m) => m.name) ?? []);

  // Styles: inline <style> and linked stylesheets.
  const cssTexts = document.querySelectorAll("style").map((style) => style.rawText);
  let cssGzip = cssTexts.length ? gzip(cssTexts.join("\n")) : 0;
  for (const link of document.querySelectorAll("link[rel~=stylesheet][href]")) {
    const href = link.getAttribute("href")!;
    if (isOffSite(href)) continue;
    const file = load(toDistPath(href));
    if (!file) continue;
    cssGzip += gzip(file);
    cssTexts.push(file.toString("utf8"));
  }
  const css = cssTexts.join("\n");
  offSiteUrls.push(...cssUrls(css).filter(isOffSite));

  return {
    path,
    hasChart: document.querySelector("[data-chart]") !== null,
    animatedCharts,
    htmlGzip: gzip(html),
    startupFiles,
    startupGzip: sizeOf(startupFiles),
    jsFiles,
    jsGzip: sizeOf(jsFiles),
    cssGzip,
    offSiteUrls,
    missingFiles: [...new Set(missingFiles)],
    unfollowed,
    images: document.querySelectorAll("img").map((img) => ({
      tag: startTag(img),
      width: img.getAttribute("width"),
      height: img.getAttribute("height"),
      loading: img.getAttribute("loading"),
      fetchpriority: img.getAttribute("fetchpriority"),
    })),
    chartBoxHasHeight: chartBoxHasHeight(css),
    modules,
    chartCodeShipped: [
      ...new Set(
        modules.flatMap(
          (m) =>
            CHART_CODE.exec(m)
              ?.slice(1, 2)
              .map((name) => name ?? "src/charts") ?? [],
        ),
      ),
    ],
  };
}
