import { z } from "astro/zod";
import glossaryYaml from "../../content/glossary.yaml?raw";
import { parseYamlList } from "../lib/yamlList.ts";

export const termSchema = z.object({
  /** Stable id used by <Term id="…">. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The short form used in running text. */
  short: z.string().min(1),
  /** The expansion written out at first use. */
  full: z.string().min(1),
  /** What it means, in plain words. */
  definition: z.string().min(1),
});
export type Term = z.infer<typeof termSchema>;

let cached: Term[] | undefined;

/** The glossary, validated; a malformed entry or a repeated id stops the build naming content/glossary.yaml and the entry. */
export function glossary(): Term[] {
  cached ??= parseYamlList(glossaryYaml, termSchema, "content/glossary.yaml", "term");
  return cached;
}

export function term(id: string): Term {
  const found = glossary().find((t) => t.id === id);
  if (!found) throw new Error(`<Term id="${id}">: no such term in content/glossary.yaml`);
  return found;
}
