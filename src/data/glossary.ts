import { parse } from "yaml";
import { z } from "astro/zod";
import glossaryYaml from "../../content/glossary.yaml?raw";

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

/** The glossary, validated; a malformed entry stops the build naming content/glossary.yaml and the entry. */
export function glossary(): Term[] {
  if (cached) return cached;
  const entries: unknown = parse(glossaryYaml);
  if (!Array.isArray(entries)) throw new Error("content/glossary.yaml: expected a list of terms");
  cached = entries.map((entry, index) => {
    const parsed = termSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`content/glossary.yaml: entry ${index + 1}, field "${issue.path.join(".")}": ${issue.message}`);
    }
    return parsed.data;
  });
  return cached;
}

export function term(id: string): Term {
  const found = glossary().find((t) => t.id === id);
  if (!found) throw new Error(`<Term id="${id}">: no such term in content/glossary.yaml`);
  return found;
}
