import breaksYaml from "../../content/data/breaks.yaml?raw";
import { parseBreaks, type SeriesBreak } from "./breakSchema.ts";
import { assertYamlChecks } from "../claims/yamlChecks.ts";
import { dataset } from "./dataset.ts";

let cached: SeriesBreak[] | undefined;

/** Every break and event in content/data/breaks.yaml, validated once per build. */
export function breaks(): SeriesBreak[] {
  if (cached) return cached;
  const parsed = parseBreaks(breaksYaml);
  assertYamlChecks(
    "content/data/breaks.yaml",
    breaksYaml,
    parsed.map((b) => ({ id: b.id, words: `${b.title}. ${b.what}`, checks: b.checks })),
    dataset(),
    parsed,
  );
  cached = parsed;
  return cached;
}
