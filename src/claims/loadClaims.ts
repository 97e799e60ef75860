import claimsYaml from "../../content/claims/claims.yaml?raw";
import { claimSchema, type Claim } from "./claimSchema.ts";
import { assertYamlChecks } from "./yamlChecks.ts";
import { dataset } from "../data/dataset.ts";
import { breaks } from "../data/breaks.ts";
import { parseYamlList } from "../lib/yamlList.ts";

const FILE = "content/claims/claims.yaml";

/** The claims ledger, validated; an entry that breaks the schema or repeats an id stops the build, naming the entry. */
export function parseClaims(text: string, file = FILE): Claim[] {
  return parseYamlList(text, claimSchema, file, "claim");
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
