import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { editionCodes, editions, type Edition } from "../../src/i18n/editions.ts";

/** The build under test, as playwright.config.ts serves it. */
const DIST = process.env.DIST ?? "dist";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [relative(DIST, path).split("\\").join("/")] : [];
  });
}

const inTranslation = (path: string) => editionCodes.some((code) => code !== "en" && path.startsWith(`${code}/`));

/**
 * Every page of the built site as a URL relative to the base ("", "chapters/the-tilt/"), read from the
 * build so new chapters are tested without listing them. The 404 page is left out: it has no address.
 * One edition's pages (English unless told; a translation's with its prefix, "ru/chapters/the-tilt/"), or
 * "all" for every edition's: the full browser suite runs on English, a translation runs what it can break.
 */
export function sitePages(edition: Edition | "all" = editions.en): string[] {
  return htmlFiles(DIST)
    .filter((file) => file !== "404.html")
    .map((file) => file.replace(/(^|\/)index\.html$/, "$1"))
    .filter((path) => edition === "all" || (edition.prefix ? path.startsWith(edition.prefix) : !inTranslation(path)))
    .sort();
}

/** The chapter pages, in path order (English unless told). */
export function chapterPages(edition: Edition = editions.en): string[] {
  return sitePages(edition).filter((path) => path.slice(edition.prefix.length).startsWith("chapters/"));
}
