import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { duplicateIds } from "./duplicateIds.ts";

/** Every HTML file under a built site's folder, as absolute paths. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/**
 * Content checks that need the whole project or the built pages, so they cannot run per MDX file
 * (checkScrollySteps does those): a duplicate id on any built page stops the build at the end, naming
 * the page, the id and its elements. (Claims are checked by their schema in src/claims/loadClaims.ts.)
 */
export function contentIntegrity(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "content-integrity",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        const problems = htmlFiles(out).flatMap((file) =>
          duplicateIds(readFileSync(file, "utf8")).map(
            ({ id, elements }) =>
              `${relative(root, file).split("\\").join("/")}: id "${id}" is used ${elements.length} times, by ${elements.join(", ")}`,
          ),
        );
        if (problems.length > 0) throw new Error(`Duplicate ids in built pages:\n${problems.join("\n")}`);
      },
    },
  };
}
