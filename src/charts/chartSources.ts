import { chartById } from "./chartDefinitions.ts";
import { dataset } from "../data/dataset.ts";
import type { Source } from "../data/schema.ts";
import type { EditionCode } from "../i18n/editions.ts";
import { editionSource } from "../i18n/editionLists.ts";
import { t } from "../i18n/ui.ts";

/**
 * A chart's sources in words, the one wording its figure and its link-preview card share: each publication named
 * once, then who reported the figures taken from it ("IMF Direction of Trade Statistics (early-2022 release), as
 * reported by Kazakhstan, China and Russia; World Bank ..."), and no reporter named where the publication's own name
 * says it ("World Bank World Development Indicators" is not "as reported by World Bank"). A card, short of room,
 * leaves out the releases. A translated edition says the same in its words: the names, releases and reporters of
 * content/editions/<code>/sources.yaml, put together by the UI catalog's `chart.asReportedBy` and `list.and`; which
 * reporters are named is decided on the English, so every edition names the same ones.
 */
/**
 * Whether a publication's name already names who reported its figures: the reporter's name, or every proper name in
 * it ("Reuters reports of an IMF estimate and an EBRD forecast" names "IMF staff and the EBRD, as quoted by Reuters").
 */
function namesReporter(publication: string, reporter: string): boolean {
  const who = reporter.split(",")[0]!;
  const names = who.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  return publication.toLowerCase().includes(who.toLowerCase()) || (names.length > 0 && names.every((n) => publication.includes(n)));
}

export function chartSourceList(
  chart: string,
  { releases = true, edition = "en" }: { releases?: boolean; edition?: EditionCode } = {},
): {
  count: number;
  text: string;
} {
  const sources = chartById(chart).series.map((id) => {
    const source = dataset().sources.find((s) => s.id === id);
    if (!source) throw new Error(`Chart "${chart}" names series "${id}", which sources.json lacks`);
    return source;
  });
  const words = (s: Source) => {
    if (edition === "en") return { name: s.name, release: s.release, reportedBy: s.reportedBy };
    const w = editionSource(edition, s.id);
    return { name: w.name, release: w.release ?? s.release, reportedBy: w.reportedBy ?? s.reportedBy };
  };
  const and = t(edition, "list.and");
  const andList = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}` : (items[0] ?? ""));
  const publication = (s: Source) => (releases ? `${s.name} (${s.release})` : s.name);
  const text = [...new Set(sources.map(publication))]
    .map((named) => {
      const from = sources.filter((s) => publication(s) === named);
      const unnamed = [...new Set(from.map((s) => s.reportedBy))].filter((reporter) => !namesReporter(named, reporter));
      const first = words(from[0]!);
      const shown = releases ? `${first.name} (${first.release})` : first.name;
      if (unnamed.length === 0) return shown;
      const reporters = [...new Set(from.filter((s) => unnamed.includes(s.reportedBy)).map((s) => words(s).reportedBy))];
      return t(edition, "chart.asReportedBy", { publication: shown, reporters: andList(reporters) });
    })
    .join("; ");
  return { count: sources.length, text };
}
