import { existsSync, readdirSync, renameSync, rmdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { headersFile } from "../hosting/headerRecipes.ts";
import { publishedTranslations } from "../i18n/editions.ts";

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
 * runs Jekyll, which drops every folder whose name starts with "_" (so all of _astro/). A translated edition's
 * page for a missing address is built as <code>/404/index.html and moved to <code>/404.html, beside the site's own
 * 404.html, where hosts and our server look for it (src/server/staticServer.ts, the nginx and Apache recipes).
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
        for (const { code } of publishedTranslations()) {
          const built = join(out, code, "404", "index.html");
          if (!existsSync(built)) continue;
          renameSync(built, join(out, code, "404.html"));
          rmdirSync(join(out, code, "404"));
        }
        writeFileSync(join(out, "_headers"), headersFile(base, files(out)));
        writeFileSync(join(out, ".nojekyll"), "");
      },
    },
  };
}
