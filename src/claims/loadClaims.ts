import { parse } from "yaml";
import claimsYaml from "../../content/claims/claims.yaml?raw";
import { claimSchema, type Claim } from "./claimSchema.ts";
import { assertYamlChecks } from "./yamlChecks.ts";
import { dataset } from "../data/dataset.ts";
import { breaks } from "../data/breaks.ts";

const FILE = "content/claims/claims.yaml";

/** The claims ledger, validated; an entry that breaks the schema or repeats an id stops the build, naming the entry. */
export function parseClaims(text: string, file = FILE): Claim[] {
  const entries: unknown = parse(text);
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a list of claims`);
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const parsed = claimSchema.safeParse(entry);
    const where = `${file}: claim ${index + 1}${typeof entry?.id === "string" ? ` (${entry.id})` : ""}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${where}, field "${issue.path.join(".")}": ${issue.message}`);
    }
    if (seen.has(parsed.data.id)) throw new Error(`${where}: duplicate id ${parsed.data.id}`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

let cached: Claim[] | undefined;
export function claims(): Claim[] {
  if (cached) return cached;
  const parsed = parseClaims(claimsYaml);
  // The ledger's own sentences (the explanations) are checked against the data like the chapters' prose.
  assertYamlChecks(
    FILE,
    claimsYaml,
    parsed.map((c) => ({ id: c.id, words: c.explanation, checks: c.checks })),
    dataset(),
    breaks(),
  );
  cached = parsed;
  return cached;
}
