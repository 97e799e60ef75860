/**
 * `npm run bench`: builds the site and measures every built page (bytes, Lighthouse mobile, scrolling
 * under 4x CPU throttling) beside the same chapter built the common way (full d3 + scrollama, chart
 * drawn in the browser). Writes reports/bench/bench.json and bench.md and prints the Markdown.
 * Options: --runs N (default 3), --skip-build (measure the existing dist/).
 */
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { distPages } from "../build/distPages.ts";
import { baselineChapter, generateBaseline } from "./baseline/generateBaseline.ts";
import { timeBuild } from "./buildTime.ts";
import { chromiumFlags, testBrowser } from "../chromium.ts";
import { lighthouseRuns } from "./lighthouseRuns.ts";
import { markdownReport } from "./markdownReport.ts";
import { startStaticServer } from "../../src/server/staticServer.ts";
import type { BenchResult, PageResult } from "./results.ts";
import { scrollJank, type ScrollTarget } from "./scrollJank.ts";
import { checkTargets, ratios } from "./targets.ts";
import { transferBytes, type PageBytes } from "./transferBytes.ts";

const OUT = "reports/bench";
/** Clear of the ports the dev server and the browser tests use (4321, 4322). */
const SITE_PORT = Number(process.env.BENCH_PORT ?? 4331);
const BASELINE_PORT = SITE_PORT + 2;

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, "skip-build": { type: "boolean", default: false } } });
const runs = Math.max(1, Number(values.runs));
mkdirSync(OUT, { recursive: true });
const log = (message: string) => console.error(`[bench] ${message}`);
const loadAtStart = loadavg()[0]!;

let buildWallMs: number | undefined;
if (!values["skip-build"]) {
  log("building the site…");
  buildWallMs = await timeBuild(`${OUT}/build.log`);
  log(`built in ${(buildWallMs / 1000).toFixed(1)} s`);
}

const dist = distPages();
const chapterPath = baselineChapter(dist);
const baselinePath = chapterPath ? await generateBaseline("dist", chapterPath, `${OUT}/baseline`) : undefined;
if (!baselinePath) log("no chapter shows the baseline's chart: measuring without a baseline");

const pagePath = (file: string) => `/${file.replace(/index\.html$/, "").replace(/\.html$/, "")}`;
// The 404 page has no address of its own (a host serves it with status 404, which Lighthouse refuses).
const sitePages = dist
  .filter((p) => p.path !== "404.html")
  .map((p) => ({ path: pagePath(p.path), chapter: p.path.startsWith("chapters/") }))
  .sort((a, b) => a.path.localeCompare(b.path));
const pages = [
  ...sitePages.map((p) => ({ ...p, kind: "site" as const, url: `http://localhost:${SITE_PORT}${p.path}` })),
  ...(baselinePath
    ? [{ path: baselinePath, chapter: true, kind: "baseline" as const, url: `http://localhost:${BASELINE_PORT}${baselinePath}` }]
    : []),
];

// The project's own static server, compressing as a host would (brotli or gzip, by the request's Accept-Encoding).
const servers = [
  await startStaticServer({ dir: "dist", port: SITE_PORT, compress: true }),
  await startStaticServer({ dir: `${OUT}/baseline`, port: BASELINE_PORT, compress: true }),
];
const browser = await chromium.launch({ executablePath: testBrowser().path, args: chromiumFlags });
try {
  log("measuring bytes…");
  const bytes: PageBytes[] = [];
  for (const page of pages) bytes.push(await transferBytes(browser, page.url));
  const broken = pages.flatMap((page, i) => bytes[i]!.errors.map((error) => `${page.kind} ${page.path}: ${error}`));
  if (broken.length > 0) throw new Error(`pages threw while loading, so their figures would not be fair:\n${broken.join("\n")}`);

  log(`scrolling each chapter ${runs} times under 4x CPU throttling…`);
  const chapters = pages.filter((p) => p.chapter);
  const scrollTargets: ScrollTarget[] = chapters.flatMap((p) => [
    { url: p.url, scripts: true },
    ...(p.kind === "site" ? [{ url: p.url, scripts: false }] : []),
  ]);
  const scrolled = await scrollJank(browser, scrollTargets, runs);
  const scrollOf = (url: string, scripts: boolean) => scrolled[scrollTargets.findIndex((t) => t.url === url && t.scripts === scripts)];

  log(`running Lighthouse ${runs} times per page…`);
  const lighthouse = await lighthouseRuns(
    pages.map((p) => p.url),
    runs,
  );

  const results: PageResult[] = pages.map((page, i) => ({
    path: page.path,
    url: page.url,
    kind: page.kind,
    chapter: page.chapter,
    bytes: bytes[i]!,
    lighthouse: lighthouse.get(page.url)!,
    scroll: page.chapter ? scrollOf(page.url, true) : undefined,
    scrollWithoutScripts: page.chapter && page.kind === "site" ? scrollOf(page.url, false) : undefined,
  }));
  const ours = results.find((r) => r.kind === "site" && r.path === baselinePath);
  const baseline = results.find((r) => r.kind === "baseline");
  const result: BenchResult = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? "unknown",
      loadAtStart,
      loadAtEnd: loadavg()[0]!,
      node: process.version,
      chromium: browser.version(),
      lighthouse: (JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")) as { version: string }).version,
    },
    runs,
    buildWallMs,
    pages: results,
    targets: checkTargets(results, buildWallMs, cpus().length),
    ratios: ours && baseline ? ratios(ours, baseline) : [],
  };
  const markdown = markdownReport(result);
  writeFileSync(`${OUT}/bench.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${OUT}/bench.md`, markdown);
  console.log(markdown);
  log(`wrote ${OUT}/bench.json and ${OUT}/bench.md`);
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
