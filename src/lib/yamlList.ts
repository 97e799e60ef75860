import { parse } from "yaml";
import type { z } from "astro/zod";

/**
 * The one loader of the content's YAML lists (claims, breaks and events, chart texts, glossary, corrections):
 * each entry checked against its zod schema, and a malformed entry or a repeated id stopping the build with
 * the file and the entry named, e.g. `content/claims/claims.yaml: claim 3 (growth-2014), field "check.year": …`.
 *
 * Why not Astro's file() loaders: every one of these files is also read where getCollection cannot run (the
 * Markdown plugin that checks the prose, vitest's unit and build tests, `npm run release:snapshot`), and the
 * checks on their sentences (src/claims/yamlChecks.ts) need the file's text to name a line.
 */
export function parseYamlList<T>(
  text: string,
  schema: z.ZodType<T>,
  file: string,
  /** What one entry is called in messages: "claim", "term", "entry". */
  noun: string,
  options: { emptyIsNone?: boolean } = {},
): T[] {
  const entries: unknown = parse(text) ?? (options.emptyIsNone ? [] : null);
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a list, one ${noun} per item`);
  const seen = new Set<string>();
  return entries.map((entry: unknown, index) => {
    const id = typeof entry === "object" && entry !== null && "id" in entry && typeof entry.id === "string" ? entry.id : undefined;
    const where = `${file}: ${noun} ${index + 1}${id === undefined ? "" : ` (${id})`}`;
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${where}, field "${issue.path.join(".")}": ${issue.message}`);
    }
    if (id !== undefined) {
      if (seen.has(id)) throw new Error(`${where}: duplicate id ${id}`);
      seen.add(id);
    }
    return parsed.data;
  });
}
