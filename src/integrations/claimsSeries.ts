import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";

/**
 * Claims (content/claims, to come) cite the series their figures come from. This check makes a
 * claim naming a series that content/data/sources.json lacks stop the build, naming the file and
 * the entry. It reads any JSON (an array of objects) or CSV file there with a `series` field,
 * a single id or, in JSON, a list; with no content/claims folder it has nothing to check.
 */
export function missingClaimSeries(root: string): string[] {
  const dir = join(root, "content/claims");
  if (!existsSync(dir)) return [];
  const sources = JSON.parse(readFileSync(join(root, "content/data/sources.json"), "utf8")) as { id: string }[];
  const known = new Set(sources.map((s) => s.id));
  const problems: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = `content/claims/${name}`;
    const text = readFileSync(join(dir, name), "utf8");
    const entries: unknown[] = name.endsWith(".json") ? JSON.parse(text) : name.endsWith(".csv") ? csvParse(text) : [];
    // CSV rows are numbered from 1 after the header (row N on line N + 1), as DataFileError does.
    const place = (index: number) =>
      name.endsWith(".csv") ? `row ${index + 1} (line ${index + 2})` : `entry ${index + 1}`;
    entries.forEach((entry, index) => {
      if (typeof entry !== "object" || entry === null || !("series" in entry)) return;
      const named = [(entry as { series: unknown }).series].flat();
      for (const series of named) {
        if (typeof series !== "string" || !known.has(series)) {
          problems.push(
            `${file}: ${place(index)}, field "series": names series ${JSON.stringify(series)}, which content/data/sources.json lacks`,
          );
        }
      }
    });
  }
  return problems;
}
