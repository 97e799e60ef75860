import correctionsYaml from "../../content/corrections.yaml?raw";
import { correctionSchema, type Correction } from "./correctionSchema.ts";
import { parseYamlList } from "../lib/yamlList.ts";

/** A correction with its anchor on the corrections page, #correction-<id>. */
export type LoggedCorrection = Correction & { id: string };

const FILE = "content/corrections.yaml";

/**
 * The corrections log, validated, newest first; an entry that breaks the schema or names a claim not in
 * the ledger stops the build, naming the entry. An empty file (or `[]`) is an empty log.
 */
export function parseCorrections(text: string, claimIds: ReadonlySet<string>, file = FILE): LoggedCorrection[] {
  return (
    parseYamlList(text, correctionSchema, file, "correction", { emptyIsNone: true })
      .map((correction, index) => {
        if (correction.claim && !claimIds.has(correction.claim)) {
          throw new Error(`${file}: correction ${index + 1}, field "claim": no claim "${correction.claim}" in content/claims/claims.yaml`);
        }
        return correction;
      })
      // A stable anchor per entry: its date and its place among that date's entries, in file order.
      .map((c, index, all) => ({ ...c, index, id: `${c.date}-${all.slice(0, index + 1).filter((o) => o.date === c.date).length}` }))
      // Newest first, within a day too: an entry added later in the file is the newer (audit 16 found a day's entries
      // oldest first, so a superseded account read as the latest).
      .sort((a, b) => b.date.localeCompare(a.date) || b.index - a.index)
      .map(({ index: _index, ...c }) => c)
  );
}

export function correctionsText(): string {
  return correctionsYaml;
}
