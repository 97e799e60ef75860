import { existsSync, readFileSync } from "node:fs";
import { z } from "astro/zod";
import { parseYamlList } from "../lib/yamlList.ts";
import type { EditionCode } from "./editions.ts";
import { translationFile } from "./translations.ts";

type Translation = Exclude<EditionCode, "en">;

/**
 * A translation's words for the breaks and events (content/editions/<code>/breaks.yaml) and for the data sources
 * (content/editions/<code>/sources.yaml): the same ids and order as content/data/breaks.yaml and
 * content/data/sources.json, with only the words translated (kinds, years, checks, addresses stay in the English
 * file). The completeness check (src/i18n/completeness.ts) names any entry or field a published edition lacks;
 * these readers stop the build, naming file and id, when asked for one that is not there.
 */
const breakWordsSchema = z.object({
  id: z.string(),
  /** The few words drawn on a chart beside the mark, about as short as the English. */
  label: z.string().min(1).max(28),
  title: z.string().min(1),
  what: z.string().min(1),
  cause: z.string().min(1).optional(),
  /**
   * The publishers (and dates) of the English entry's sources, in the same order, for the breaks table and the
   * methods page; the publications' titles stay in their original language and are not repeated here.
   */
  sources: z.array(z.object({ publisher: z.string().min(1), date: z.string().min(1).optional() })).optional(),
});
export type BreakWords = z.infer<typeof breakWordsSchema>;

const sourceWordsSchema = z.object({
  id: z.string(),
  name: z.string().min(1),
  release: z.string().min(1).optional(),
  covers: z.string().min(1).optional(),
  dataset: z.string().min(1).optional(),
  vintage: z.string().min(1).optional(),
  reporter: z.string().min(1).optional(),
  notes: z.string().min(1).optional(),
  /** Who reported the figures, in a word or two, for a chart's source line ("as reported by ..."). */
  reportedBy: z.string().min(1).optional(),
  /** The publisher, as the data page names it. */
  publisher: z.string().min(1).optional(),
  /** The licence, as the data page names it. */
  licence: z.string().min(1).optional(),
  /** The labels of the English entry's further pages (morePages), in the same order. */
  morePages: z.array(z.string().min(1)).optional(),
});
export type SourceWords = z.infer<typeof sourceWordsSchema>;

function cachedList<T extends { id: string }>(name: string, schema: z.ZodType<T>): (code: Translation) => Map<string, T> {
  const cache = new Map<Translation, Map<string, T>>();
  return (code) => {
    let found = cache.get(code);
    if (!found) {
      const path = translationFile(code, name);
      if (!existsSync(path)) throw new Error(`${path}: missing; a published edition translates every entry of it`);
      found = new Map(parseYamlList(readFileSync(path, "utf8"), schema, path, "entry").map((e) => [e.id, e]));
      cache.set(code, found);
    }
    return found;
  };
}

const breakLists = cachedList("breaks.yaml", breakWordsSchema);
const sourceLists = cachedList("sources.yaml", sourceWordsSchema);

/** A break's or event's words in a translation; a missing entry stops the build naming file and id. */
export function editionBreak(code: Translation, id: string): BreakWords {
  const found = breakLists(code).get(id);
  if (!found) throw new Error(`${translationFile(code, "breaks.yaml")}: no entry "${id}" (content/data/breaks.yaml has it)`);
  return found;
}

/** A data source's words in a translation; a missing entry stops the build naming file and id. */
export function editionSource(code: Translation, id: string): SourceWords {
  const found = sourceLists(code).get(id);
  if (!found) throw new Error(`${translationFile(code, "sources.yaml")}: no entry "${id}" (content/data/sources.json has it)`);
  return found;
}
