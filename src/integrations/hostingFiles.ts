import { readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { headersFile } from "../hosting/headerRecipes.ts";

function files(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, root) : [relative(root, path).split("\\").join("/")];
  });
}

/**
 * Files for static hosts, written into the build output so that deploying dist/ needs no copy-paste:
 * `_headers` (Netlify and Cloudflare Pages read it: framing, CSV type, caching; see headerRecipes.ts),
 * under the base path, and an empty `.nojekyll`, without which GitHub Pages publishing from a branch
 * runs Jekyll, which drops every folder whose name starts with "_" (so all of _astro/).
 */
export function hostingFiles(): AstroIntegration {
  let base = "/";
  return {
    name: "hosting-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, "_headers"), headersFile(base, files(out)));
        writeFileSync(join(out, ".nojekyll"), "");
      },
    },
  };
}
