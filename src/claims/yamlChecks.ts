import type { Dataset } from "../data/buildDataset.ts";
import type { SeriesBreak } from "../data/breakSchema.ts";
import { proseCheckProblem } from "./proseCheck.ts";
import type { YamlCheck } from "./yamlCheckSchema.ts";

/** The 1-based line of the first occurrence of `needle` in `text`, or of the entry's id. */
function lineOf(text: string, needle: string, id: string): number {
  const at = text.indexOf(needle) >= 0 ? text.indexOf(needle) : text.indexOf(`id: ${id}`);
  return at < 0 ? 1 : text.slice(0, at).split("\n").length;
}

/**
 * Evaluates every check of every entry; the first one the data no longer bear out stops the build with
 * file:line, the entry and its words.
 */
export function assertYamlChecks(
  file: string,
  text: string,
  entries: readonly { id: string; words: string; checks?: readonly YamlCheck[] }[],
  data: Dataset,
  all: readonly SeriesBreak[],
): void {
  for (const entry of entries) {
    for (const check of entry.checks ?? []) {
      const claim = typeof check === "string" ? check : check.claim;
      const acrossBreak = typeof check === "string" ? undefined : check.acrossBreak;
      const problem = proseCheckProblem({ claim, acrossBreak, sentence: entry.words }, data, all);
      if (problem) throw new Error(`${file}:${lineOf(text, claim, entry.id)}: ${entry.id}: ${problem}\n  words: “${entry.words}”`);
    }
  }
}
