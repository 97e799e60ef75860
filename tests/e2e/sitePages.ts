import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { distFiles, DIST } from "../build/distPages.ts";
import { editionCodes, editions, type Edition } from "../../src/i18n/editions.ts";

/**
 * The translations this build holds, found in the build itself (dist/ru/index.html ...): none while the
 * translations are drafts, every published one once the lead publishes it. The build's folders do not include
 * the base path. English runs the full browser suite; each translation runs what an edition can break
 * (tests/e2e/editionPages.spec.ts and the specs parametrized by `EDITIONS`).
 */
export const TRANSLATIONS: Edition[] = editionCodes
  .filter((code) => code !== "en" && existsSync(join(DIST, code, "index.html")))
  .map((code) => editions[code]);

/** English and every built translation, English first. */
export const EDITIONS: Edition[] = [editions.en, ...TRANSLATIONS];

/** Whether a path relative to the base belongs to a translation (ru/..., kk/...). */
const inTranslation = (path: string) => editionCodes.some((code) => code !== "en" && path.startsWith(`${code}/`));

/** Every page the build produced, as a URL path relative to the site's base, in one edition (English unless told). */
export function sitePaths(edition: Edition = editions.en): string[] {
  return distFiles()
    .filter((file) => file.endsWith("index.html"))
    .map((file) => file.replace(/index\.html$/, ""))
    .filter((path) => (edition.prefix ? path.startsWith(edition.prefix) : !inTranslation(path)));
}

/** An edition's chapter pages, with the edition's prefix ("ru/chapters/the-tilt/"). */
export function editionChapters(edition: Edition): string[] {
  return sitePaths(edition).filter((path) => path.slice(edition.prefix.length).startsWith("chapters/"));
}

/** The scrollytelling steps of a built page, read from dist/ so tests can be generated per step. */
export function builtSteps(path: string): { id: string; state: string }[] {
  const html = readFileSync(`${DIST}/${path}index.html`, "utf8");
  return parse(html)
    .querySelectorAll("[data-scrolly] [data-step]")
    .map((step) => ({ id: step.id, state: step.getAttribute("data-state") ?? "" }));
}
