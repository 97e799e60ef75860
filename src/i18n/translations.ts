import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "astro/zod";
import termsYaml from "../../content/i18n/terms.yaml?raw";
import { termSchema, type Term } from "../data/glossary.ts";
import { parseYamlList } from "../lib/yamlList.ts";
import { editionDir, type EditionCode } from "./editions.ts";

type Translation = Exclude<EditionCode, "en">;

/** One recurring term in every edition (content/i18n/terms.yaml): its name, and its abbreviation where it has one. */
const termbaseSchema = z.object({
  id: z.string(),
  en: z.string(),
  ru: z.string(),
  kk: z.string(),
  short: z.object({ en: z.string(), ru: z.string(), kk: z.string() }).optional(),
  note: z.string().optional(),
});
export type TermbaseEntry = z.infer<typeof termbaseSchema>;

let termbaseCache: TermbaseEntry[] | undefined;
export function termbase(): TermbaseEntry[] {
  termbaseCache ??= parseYamlList(termsYaml, termbaseSchema, "content/i18n/terms.yaml", "term");
  return termbaseCache;
}

/** A term's name in an edition, from the termbase: `full` in the nominative, `short` its abbreviation (or the name again). */
export function termbaseName(code: EditionCode, id: string): { short: string; full: string } {
  const entry = termbase().find((t) => t.id === id);
  if (!entry) throw new Error(`<Term id="${id}">: no such term in content/i18n/terms.yaml`);
  return { full: entry[code], short: entry.short?.[code] ?? entry[code] };
}

/** The path of one of a translation's files, relative to the working directory where it can be, for messages. */
export function translationFile(code: Translation, name: string): string {
  return join(editionDir(code), name);
}

/** A translation's YAML list, or undefined when the file does not exist yet. */
export function readTranslationList(code: Translation, name: string): unknown[] | undefined {
  const path = translationFile(code, name);
  if (!existsSync(path)) return undefined;
  const list: unknown = parse(readFileSync(path, "utf8"));
  if (!Array.isArray(list)) throw new Error(`${path}: expected a list`);
  return list;
}

const glossaryCache = new Map<Translation, Term[]>();
/** A translation's glossary (content/editions/<code>/glossary.yaml), checked like the English one. */
export function editionGlossary(code: Translation): Term[] {
  let found = glossaryCache.get(code);
  if (!found) {
    const path = translationFile(code, "glossary.yaml");
    if (!existsSync(path)) throw new Error(`${path}: missing; a published edition translates every glossary term`);
    found = parseYamlList(readFileSync(path, "utf8"), termSchema, path, "term");
    glossaryCache.set(code, found);
  }
  return found;
}
