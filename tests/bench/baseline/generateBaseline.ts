import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** The one chart the baseline knows how to draw; the chapter it rebuilds is the first page that shows it. */
export const BASELINE_CHART = "partner-shares";

/** The first built chapter page that shows the baseline's chart, as a dist-relative path. */
export function baselineChapter(pages: readonly { path: string; html: string }[]): string | undefined {
  return pages.find((p) => p.path.startsWith("chapters/") && p.html.includes(`data-chart="${BASELINE_CHART}"`))?.path;
}

/**
 * The page as commonly built: the same markup and prose as our chapter, with its CSS in a linked
 * stylesheet, no build-time SVG (an empty, size-reserved box instead), and the full d3 bundle,
 * scrollama and the chart script loaded as deferred scripts that fetch the CSV and draw. Our
 * Content-Security-Policy goes too: d3.csv compiles its row parser with `new Function`, which the
 * policy forbids, so with it the baseline would draw nothing and look cheaper than it is.
 */
export function baselineHtml(ourHtml: string): string {
  if (stylesheetOf(ourHtml) === undefined) throw new Error("baseline: the chapter has no stylesheet, inline or linked");
  const html = ourHtml
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, "")
    .replace(/<style>[\s\S]*?<\/style>/g, '<link rel="stylesheet" href="/assets/style.css">')
    .replace(/<link rel="stylesheet" href="[^"]*\/_astro\/[^"]+\.css">/g, '<link rel="stylesheet" href="/assets/style.css">')
    .replace(/<script type="module"[^>]*><\/script>/g, "")
    .replace(/<script type="module">[\s\S]*?<\/script>/g, "")
    .replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<svg[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/g, "")
    .replace(
      "</head>",
      '<script defer src="/assets/d3.min.js"></script><script defer src="/assets/scrollama.min.js"></script>' +
        '<script type="module" src="/assets/chapter.js"></script></head>',
    );
  if (html.includes("<svg") || html.includes("/_astro/")) throw new Error("baseline: build-time chart or site script left in the page");
  if (/content-security-policy/i.test(html)) throw new Error("baseline: our Content-Security-Policy left in the page");
  return html;
}

/** The page's stylesheet: inline (Astro inlines small ones) or the one it links from `_astro/`. */
function stylesheetOf(html: string): { inline: string } | { file: string } | undefined {
  const inline = html.match(/<style>([\s\S]*?)<\/style>/)?.[1];
  if (inline !== undefined) return { inline };
  const file = html.match(/<link rel="stylesheet" href="[^"]*\/(_astro\/[^"]+\.css)">/)?.[1];
  return file === undefined ? undefined : { file };
}

/**
 * Writes the baseline site to outDir: the chapter page at the same path as ours, the CSV it
 * fetches, the full d3 and scrollama bundles copied from node_modules, and the chart script
 * bundled and minified by esbuild. Nothing is fetched from a CDN.
 */
export async function generateBaseline(distDir: string, chapterPath: string, outDir: string): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  const assets = join(outDir, "assets");
  mkdirSync(assets, { recursive: true });
  mkdirSync(join(outDir, "data"), { recursive: true });
  mkdirSync(join(outDir, dirname(chapterPath)), { recursive: true });

  const ourHtml = readFileSync(join(distDir, chapterPath), "utf8");
  const stylesheet = stylesheetOf(ourHtml)!;
  writeFileSync(join(assets, "style.css"), "inline" in stylesheet ? stylesheet.inline : readFileSync(join(distDir, stylesheet.file)));
  writeFileSync(join(outDir, chapterPath), baselineHtml(ourHtml));
  copyFileSync(join(distDir, "favicon.svg"), join(outDir, "favicon.svg"));
  copyFileSync("content/data/trade-by-partner.csv", join(outDir, "data/trade-by-partner.csv"));
  copyFileSync("node_modules/d3/dist/d3.min.js", join(assets, "d3.min.js"));
  copyFileSync("node_modules/scrollama/build/scrollama.min.js", join(assets, "scrollama.min.js"));
  await build({
    entryPoints: [join(here, "baselineChart.ts")],
    outfile: join(assets, "chapter.js"),
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    logLevel: "warning",
  });
  return `/${chapterPath.replace(/index\.html$/, "")}`;
}
