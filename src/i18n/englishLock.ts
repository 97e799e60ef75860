import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { editionDir, type EditionCode } from "./editions.ts";

/**
 * Which English each translated file was last brought up to: content/editions/<code>/english.lock.json holds, for
 * every translated file, the SHA-256 of the English file it translates, as it was then. When the English changes,
 * the hashes differ and `tests/unit/englishLock.test.ts` names the translated files to look at; once they say what
 * the English now says, `npm run editions:lock` records the English they follow. The completeness check finds what a
 * translation lacks; this finds what it says that the English no longer does.
 */
export const LOCK_FILE = "english.lock.json";

/** Each translated file of an edition (relative to its folder), with the English file it translates. */
export function translatedPairs(code: EditionCode, content = "content"): { translated: string; english: string }[] {
  const dir = editionDir(code);
  const mdx = (folder: string) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder))
          .filter((name) => name.endsWith(".mdx"))
          .map((name) => ({ translated: `${folder}/${name}`, english: join(content, folder, name) }))
      : [];
  return [
    ...mdx("stories"),
    ...mdx("pages"),
    { translated: "charts.yaml", english: join(content, "charts.yaml") },
    { translated: "claims.yaml", english: join(content, "claims/claims.yaml") },
    { translated: "breaks.yaml", english: join(content, "data/breaks.yaml") },
    { translated: "sources.yaml", english: join(content, "data/sources.json") },
    { translated: "glossary.yaml", english: join(content, "glossary.yaml") },
    { translated: "corrections.yaml", english: join(content, "corrections.yaml") },
    { translated: `../../i18n/ui/${code}.yaml`, english: join(content, "i18n/ui/en.yaml") },
  ].filter((pair) => existsSync(join(dir, pair.translated)) && existsSync(pair.english));
}

export const englishHash = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The lock as it should read now: every translated file with the hash of its English. */
export function currentLock(code: EditionCode, content = "content"): Record<string, string> {
  return Object.fromEntries(translatedPairs(code, content).map((pair) => [pair.translated, englishHash(pair.english)]));
}

/** The lock as recorded, or an empty one. */
export function recordedLock(code: EditionCode): Record<string, string> {
  const path = join(editionDir(code), LOCK_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, string>) : {};
}

/** The translated files whose English changed since they were last brought up to it (or never recorded). */
export function staleTranslations(code: EditionCode, content = "content"): string[] {
  const recorded = recordedLock(code);
  return Object.entries(currentLock(code, content))
    .filter(([file, hash]) => recorded[file] !== hash)
    .map(([file]) => file);
}
