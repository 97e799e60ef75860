import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** The build under test, as playwright.config.ts serves it. */
const DIST = process.env.DIST ?? "dist";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [relative(DIST, path).split("\\").join("/")] : [];
  });
}

/**
 * Every page of the built site as a URL relative to the base ("", "chapters/the-tilt/"), read from the
 * build so new chapters are tested without listing them. The 404 page is left out: it has no address.
 */
export function sitePages(): string[] {
  return htmlFiles(DIST)
    .filter((file) => file !== "404.html")
    .map((file) => file.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

/** The chapter pages, in path order. */
export function chapterPages(): string[] {
  return sitePages().filter((path) => path.startsWith("chapters/"));
}
