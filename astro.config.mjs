// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { checkProse } from "./src/integrations/checkProse.ts";
import { checkScrollySteps } from "./src/integrations/checkScrollySteps.ts";
import { contentIntegrity } from "./src/integrations/contentIntegrity.ts";
import { contentSecurityPolicy } from "./src/integrations/contentSecurityPolicy.ts";
import { externalLinksNoopener } from "./src/integrations/externalLinksNoopener.ts";

/** Hosts that serve the site under a subpath set BASE_PATH at build time, e.g. BASE_PATH=/kz-trade/. */
const base = process.env.BASE_PATH ?? "/";

/**
 * The public address, for canonical URLs, link previews, the sitemap and embed codes. Set SITE_URL
 * when building for a host; the default suits `npm start`.
 */
const site = process.env.SITE_URL || "http://localhost:4321";

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  integrations: [mdx(), contentIntegrity()],
  markdown: {
    // MDX inherits these: content mistakes, and sentences the data no longer bear out, stop the build naming file and line; links out get rel="noopener".
    processor: satteri({ mdastPlugins: [checkScrollySteps, checkProse], hastPlugins: [externalLinksNoopener] }),
    // Shiki colours code with inline style attributes, which the CSP forbids; the chapters have no code.
    syntaxHighlight: false,
  },
  build: { inlineStylesheets: "auto" },
  security: { csp: contentSecurityPolicy },
  vite: {
    // Vite's module preloading makes each chart's import() add <link rel="modulepreload"> tags to the
    // head first: 20-70 ms of main-thread work on a 4x slower phone CPU, while the reader scrolls. Charts load
    // a screen ahead of the reader, so the one extra round trip for their shared chunks costs nothing seen.
    // (Astro sets build.modulePreload itself, so the client environment is configured from a plugin.)
    plugins: [
      {
        name: "no-module-preload",
        configEnvironment: (name) => (name === "client" ? { build: { modulePreload: false } } : undefined),
      },
    ],
  },
});
