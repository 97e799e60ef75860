// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

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
  integrations: [mdx()],
  build: { inlineStylesheets: "auto" },
});
