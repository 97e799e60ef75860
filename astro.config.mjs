// @ts-check
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { checkProse } from "./src/integrations/checkProse.ts";
import { checkScrollySteps } from "./src/integrations/checkScrollySteps.ts";
import { contentIntegrity } from "./src/integrations/contentIntegrity.ts";
import { figureStops } from "./src/integrations/figureStops.ts";
import { contentSecurityPolicy } from "./src/integrations/contentSecurityPolicy.ts";
import { externalLinksNoopener } from "./src/integrations/externalLinksNoopener.ts";
import { editionHeadingIds } from "./src/integrations/editionHeadingIds.ts";
import { editionCompleteness } from "./src/integrations/editionCompleteness.ts";
import { hostingFiles } from "./src/integrations/hostingFiles.ts";
import { bundleGraph } from "./src/integrations/bundleGraph.ts";
import { publishedEditions } from "./src/i18n/editions.ts";

/** Hosts that serve the site under a subpath set BASE_PATH at build time, e.g. BASE_PATH=/kz-trade/. */
const base = process.env.BASE_PATH ?? "/";

/**
 * The public address, for canonical URLs, link previews, the sitemap and embed codes: the only places
 * that need an absolute address (every link and asset is a path under the base). Set SITE_URL when
 * building for a host; `npm start` and the tests set it to the local server's address.
 */
const LOCAL_SITE = "http://localhost:4321";
const site = process.env.SITE_URL || LOCAL_SITE;

/** A production build without SITE_URL works, but says localhost wherever an absolute address is needed: say so, once. */
const warnWithoutSiteUrl = {
  name: "site-url-warning",
  hooks: {
    /** @param {{ command: string; logger: import("astro").AstroIntegrationLogger }} options */
    "astro:config:setup": ({ command, logger }) => {
      if (command !== "build" || process.env.SITE_URL) return;
      logger.warn(
        `SITE_URL is not set, so every canonical link, og:url and og:image (link previews), sitemap.xml entry, ` +
          `the robots.txt Sitemap line and every embed snippet will say ${LOCAL_SITE}. ` +
          "Build for a host with its public address: SITE_URL=https://example.org npm run build",
      );
    },
  },
};

/**
 * A translated edition's notice offers readers a way to report a mistake at the site's address for reports,
 * REPORT_TO (or the edition's own reportTo): a production build without it works, but the notice has no such link.
 */
const warnWithoutReportTo = {
  name: "report-to-warning",
  hooks: {
    /** @param {{ command: string; logger: import("astro").AstroIntegrationLogger }} options */
    "astro:config:setup": ({ command, logger }) => {
      if (command !== "build" || process.env.REPORT_TO) return;
      logger.warn(
        "REPORT_TO is not set, so a translated edition's notice says where to report a mistake only if its edition.yaml " +
          "names an address. Build for a host with the publisher's address: REPORT_TO=mailto:corrections@example.org npm run build",
      );
    },
  },
};

/**
 * One browser chunk per chart, named after the chart: src/client/chartDraws.ts loads each chart folder's draw.ts
 * (src/charts/<chart id>/draw.ts) on demand, and every such module is emitted as its own chunk named after its
 * folder, so /_astro/<chart id>.<hash>.js is that chart's drawing code alone (the budgets count it for the pages
 * that animate that chart). Without this, every chart's chunk would be named "draw".
 * @returns {import("vite").Plugin}
 */
function chartChunkNames() {
  const chartsDir = fileURLToPath(new URL("./src/charts/", import.meta.url));
  return {
    name: "chart-chunk-names",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "client",
    buildStart() {
      for (const folder of readdirSync(chartsDir, { withFileTypes: true })) {
        const draw = join(chartsDir, folder.name, "draw.ts");
        if (folder.isDirectory() && existsSync(draw)) {
          this.emitFile({ type: "chunk", id: draw, name: folder.name, preserveSignature: false });
        }
      }
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  integrations: [mdx(), contentIntegrity(), figureStops(), hostingFiles(), editionCompleteness(), warnWithoutSiteUrl, warnWithoutReportTo],
  markdown: {
    // MDX inherits these: content mistakes, and sentences the data no longer bear out, stop the build naming file and line; links out get rel="noopener".
    processor: satteri({ mdastPlugins: [checkScrollySteps, checkProse], hastPlugins: [externalLinksNoopener, editionHeadingIds] }),
    // Shiki colours code with inline style attributes, which the CSP forbids; the chapters have no code.
    syntaxHighlight: false,
  },
  build: { inlineStylesheets: "auto" },
  security: { csp: contentSecurityPolicy },
  vite: {
    // Whether a translation is published: the chapter script carries the language switch's place keeping only then.
    define: { "import.meta.env.EDITION_SWITCH": JSON.stringify(publishedEditions().length > 1) },
    // Vite's module preloading makes each chart's import() add <link rel="modulepreload"> tags to the
    // head first: 20-70 ms of main-thread work on a 4x slower phone CPU, while the reader scrolls. Charts load
    // a screen ahead of the reader, so the one extra round trip for their shared chunks costs nothing seen.
    // (Astro sets build.modulePreload itself, so the client environment is configured from a plugin.)
    plugins: [
      chartChunkNames(),
      {
        name: "no-module-preload",
        configEnvironment: (name) => (name === "client" ? { build: { modulePreload: false } } : undefined),
        // Hosts cache /_astro/ files as immutable, so a file's name must change with its bytes. Vite writes
        // each dynamic import's preload list into the chunk after Rolldown has hashed it, so turning
        // preloading on or off changed a chunk's code but not its name (tests/build/immutableNames.test.ts).
        // The setting goes into the hash of every chunk with a dynamic import.
        augmentChunkHash(chunk) {
          if (chunk.dynamicImports.length === 0) return undefined;
          return `modulePreload:${JSON.stringify(this.environment?.config.build.modulePreload ?? null)}`;
        },
        // With preloading off, Vite still wraps each import() in its preload helper, which then preloads
        // nothing (0.65 KB gzip a chapter; vitejs/vite#13952): unwrap them, and the minifier drops the helper.
        // The helper would also load a lazily imported chunk's own CSS; Astro puts the CSS of page scripts into the
        // page instead, but should a chunk carry CSS of its own, every import() stays wrapped.
        renderChunk(code, _chunk, _options, { chunks }) {
          if (this.environment?.name !== "client" || this.environment.config.build.modulePreload !== false) return null;
          if (Object.values(chunks).some((c) => (c.viteMetadata?.importedCss.size ?? 0) > 0)) return null;
          const unwrapped = code.replace(/__vitePreload\(\(\) => (import\("[^"]+"\)), __VITE_PRELOAD__\)/g, "$1");
          return unwrapped === code ? null : { code: unwrapped, map: null };
        },
      },
      // The browser bundle's module graph, for the byte budgets (tests/build/budgets*.ts): .astro/bundle-graph/.
      bundleGraph(),
      // Code that three or more charts share (scales, label placement, shapes, colours) goes into one chunk,
      // chart-kit, rather than a chunk for each set of charts that share it: a chapter fetched eight small
      // chunks and gzip compressed each alone (0.8 KB more a chapter). A chart's own modules stay in its chunk.
      {
        name: "chart-kit-chunk",
        configEnvironment: (name) =>
          name === "client"
            ? {
                build: {
                  rolldownOptions: {
                    output: {
                      codeSplitting: {
                        groups: [{ name: "chart-kit", test: (id) => !/[\\/]src[\\/](client|pages)[\\/]/.test(id), minShareCount: 3 }],
                      },
                    },
                  },
                },
              }
            : undefined,
      },
    ],
  },
});
