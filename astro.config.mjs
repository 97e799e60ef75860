// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { checkScrollySteps } from "./src/integrations/checkScrollySteps.ts";
import { contentIntegrity } from "./src/integrations/contentIntegrity.ts";

/** Hosts that serve the site under a subpath set BASE_PATH at build time, e.g. BASE_PATH=/kz-trade/. */
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  base,
  trailingSlash: "ignore",
  integrations: [mdx(), contentIntegrity()],
  markdown: {
    // MDX inherits this: content mistakes stop the build naming file and line.
    processor: satteri({ mdastPlugins: [checkScrollySteps] }),
  },
  build: { inlineStylesheets: "auto" },
});
