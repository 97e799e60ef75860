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

/** A chart's words in a translation: its title and note, and what its marks are under each reporter its switch offers. */
export interface EditionChartText {
  title: string;
  note?: string;
  reporterNotes?: Partial<Record<"kazakhstan" | "china" | "russia" | "both", string>>;
}
const chartCache = new Map<Translation, Map<string, EditionChartText>>();
/** A chart's title, note and reporter notes in a translation (content/editions/<code>/charts.yaml). */
export function editionChartText(code: Translation, id: string): EditionChartText {
  let texts = chartCache.get(code);
  if (!texts) {
    const list = readTranslationList(code, "charts.yaml");
    if (!list)
      throw new Error(`${translationFile(code, "charts.yaml")}: missing; a published edition translates every chart's title and note`);
    texts = new Map(
      (list as (EditionChartText & { id: string })[]).map((c) => [
        c.id,
        { title: c.title, ...(c.note ? { note: c.note } : {}), ...(c.reporterNotes ? { reporterNotes: c.reporterNotes } : {}) },
      ]),
    );
    chartCache.set(code, texts);
  }
  const text = texts.get(id);
  if (!text) throw new Error(`${translationFile(code, "charts.yaml")}: no entry for chart "${id}"`);
  return text;
}

/** A claim's words in a translation (content/editions/<code>/claims.yaml); the article's quote itself stays English. */
export interface ClaimTranslation {
  topic: string;
  quoteTranslation: string;
  explanation: string;
}
const claimCache = new Map<Translation, Map<string, ClaimTranslation>>();
export function editionClaim(code: Translation, id: string): ClaimTranslation {
  let claims = claimCache.get(code);
  if (!claims) {
    const list = readTranslationList(code, "claims.yaml");
    if (!list) throw new Error(`${translationFile(code, "claims.yaml")}: missing; a published edition translates every claim`);
    claims = new Map((list as (ClaimTranslation & { id: string })[]).map((c) => [c.id, c]));
    claimCache.set(code, claims);
  }
  const claim = claims.get(id);
  if (!claim) throw new Error(`${translationFile(code, "claims.yaml")}: no entry for claim "${id}"`);
  return claim;
}

/** A corrections entry's words in a translation: the entry in the same position of content/editions/<code>/corrections.yaml. */
const correctionCache = new Map<Translation, Map<string, { what: string; why: string }>>();
export function editionCorrection(code: Translation, id: string): { what: string; why: string } {
  let entries = correctionCache.get(code);
  if (!entries) {
    const list = (readTranslationList(code, "corrections.yaml") ?? []) as { date: string; what: string; why: string }[];
    // The same ids as the English log (src/corrections/loadCorrections.ts): the date, and the entry's place among that date's entries.
    entries = new Map(
      list.map((c, index) => [
        `${c.date}-${list.slice(0, index + 1).filter((o) => o.date === c.date).length}`,
        { what: c.what, why: c.why },
      ]),
    );
    correctionCache.set(code, entries);
  }
  const entry = entries.get(id);
  if (!entry) throw new Error(`${translationFile(code, "corrections.yaml")}: no entry for correction ${id}`);
  return entry;
}
