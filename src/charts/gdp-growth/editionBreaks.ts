import { parse } from "yaml";
import ruBreaks from "../../../content/editions/ru/breaks.yaml?raw";
import kkBreaks from "../../../content/editions/kk/breaks.yaml?raw";
import type { EditionCode } from "../../i18n/editions.ts";
import type { ChartBreak } from "../chartBreaks.ts";

/**
 * The events the gdp-growth chart marks, named in an edition's words from content/editions/<code>/breaks.yaml (by
 * id), at build time. src/charts/withBreaks.ts is to take an edition itself (its owner's change); until then this
 * keeps the chart's words whole, with the same names.
 */
type Named = { id: string; label: string; title: string };
const translations: Record<Exclude<EditionCode, "en">, Named[]> = {
  ru: parse(ruBreaks) as Named[],
  kk: parse(kkBreaks) as Named[],
};

/** The breaks with their label and title in the edition; English as they come. */
export function breaksIn<Data extends { breaks?: ChartBreak[] }>(data: Data, edition: EditionCode): Data {
  if (!data.breaks || edition === "en") return data;
  const breaks = data.breaks.map((b) => {
    const t = translations[edition].find((e) => e.id === b.id);
    if (!t) throw new Error(`content/editions/${edition}/breaks.yaml: no entry "${b.id}"`);
    return { ...b, label: t.label, title: t.title };
  });
  return { ...data, breaks };
}
