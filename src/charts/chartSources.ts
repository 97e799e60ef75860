import { chartById } from "./chartDefinitions.ts";
import { dataset } from "../data/dataset.ts";
import type { Source } from "../data/schema.ts";

const andList = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? ""));

/**
 * A chart's sources in words, the one wording its figure and its link-preview card share: each publication named
 * once, then who reported the figures taken from it ("IMF Direction of Trade Statistics (early-2022 release), as
 * reported by Kazakhstan, China and Russia; World Bank ..."), and no reporter named where the publication's own name
 * says it ("World Bank World Development Indicators" is not "as reported by World Bank"). A card, short of room,
 * leaves out the releases.
 */
export function chartSourceList(chart: string, { releases = true } = {}): { count: number; text: string } {
  const sources = chartById(chart).series.map((id) => {
    const source = dataset().sources.find((s) => s.id === id);
    if (!source) throw new Error(`Chart "${chart}" names series "${id}", which sources.json lacks`);
    return source;
  });
  const publication = (s: Source) => (releases ? `${s.name} (${s.release})` : s.name);
  const text = [...new Set(sources.map(publication))]
    .map((named) => {
      const reporters = [...new Set(sources.filter((s) => publication(s) === named).map((s) => s.reportedBy))];
      const unnamed = reporters.filter((reporter) => !named.toLowerCase().includes(reporter.split(",")[0]!.toLowerCase()));
      return unnamed.length === 0 ? named : `${named}, as reported by ${andList(unnamed)}`;
    })
    .join("; ");
  return { count: sources.length, text };
}
