import { parse } from "yaml";
import correctionsYaml from "../../content/corrections.yaml?raw";
import { correctionSchema, type Correction } from "./correctionSchema.ts";

/** A correction with its anchor on the corrections page, #correction-<id>. */
export type LoggedCorrection = Correction & { id: string };

const FILE = "content/corrections.yaml";

/**
 * The corrections log, validated, newest first; an entry that breaks the schema or names a claim not in
 * the ledger stops the build, naming the entry. An empty file (or `[]`) is an empty log.
 */
export function parseCorrections(text: string, claimIds: ReadonlySet<string>, file = FILE): LoggedCorrection[] {
  const entries: unknown = parse(text) ?? [];
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a list of corrections`);
  return (
    entries
      .map((entry, index) => {
        const where = `${file}: correction ${index + 1}`;
        const parsed = correctionSchema.safeParse(entry);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new Error(`${where}, field "${issue.path.join(".")}": ${issue.message}`);
        }
        if (parsed.data.claim && !claimIds.has(parsed.data.claim)) {
          throw new Error(`${where}, field "claim": no claim "${parsed.data.claim}" in content/claims/claims.yaml`);
        }
        return parsed.data;
      })
      // A stable anchor per entry: its date and its place among that date's entries, in file order.
      .map((c, index, all) => ({ ...c, id: `${c.date}-${all.slice(0, index + 1).filter((o) => o.date === c.date).length}` }))
      .sort((a, b) => b.date.localeCompare(a.date))
  );
}

export function correctionsText(): string {
  return correctionsYaml;
}
