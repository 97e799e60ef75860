// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

/** Hosts that serve the site under a subpath set BASE_PATH at build time, e.g. BASE_PATH=/kz-trade/. */
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  base,
  trailingSlash: "ignore",
  integrations: [mdx()],
  build: { inlineStylesheets: "auto" },
});
