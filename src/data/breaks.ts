import breaksYaml from "../../content/data/breaks.yaml?raw";
import { parseBreaks, type SeriesBreak } from "./breakSchema.ts";

let cached: SeriesBreak[] | undefined;

/** Every break and event in content/data/breaks.yaml, validated once per build. */
export function breaks(): SeriesBreak[] {
  cached ??= parseBreaks(breaksYaml);
  return cached;
}
