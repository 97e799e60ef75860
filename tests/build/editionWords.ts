import { parse, type HTMLElement, type Node } from "node-html-parser";

/**
 * English words a reader of a translated page would see: the page's visible text (and the text a screen reader
 * is given: aria-label, title, alt), including what is hidden until the reader asks for it (another reporter's
 * notes and tables, shown by the switch), and the words the page's scripts will write (the #ui-text block:
 * buttons, announcements, the Present button, the embed box); minus what is rightly English there: anything inside
 * lang="en" or "de" (the articles' original headlines and quotes, the switch's "English", a German source's title), quotations in English quotation
 * marks “…”, code, data downloads' file names, addresses, and the proper names and abbreviations below. A chart's
 * own words (the SVG: labels, axes, legends) are read apart, with `charts: true`. Returns each word with the text
 * it was found in.
 */
export const ALLOWED = new Set(
  [
    // Sources, datasets and publications kept under their own names, and formats.
    "IMF",
    "DOTS",
    "WEO",
    "BNS",
    "CSV",
    "JSON",
    "JSON-LD",
    "CSL-JSON",
    "BibTeX",
    "APA",
    "MLA",
    "Chicago",
    "ZIP",
    "PNG",
    "SVG",
    "HTML",
    "FOB",
    "CIF",
    "GDP",
    "UN",
    "Comtrade",
    "WITS",
    "WDI",
    "Eurasianet",
    "China",
    "Bystander",
    "Vestnik",
    "Kavkaza",
    "Reuters",
    "GeoNames",
    "blog",
    "Desht",
    "Frictionless",
    "Data",
    "Package",
    "Tabular",
    "datapackage",
    "kz-trade-tilt-data",
    "MIT",
    "CC",
    "BY",
    "IGO",
    "Creative",
    "Commons",
    "Attribution",
    "Natural",
    "Earth",
    "world-atlas",
    "Astro",
    "JavaScript",
    "MDX",
    "d3",
    "scrollama",
    "resvg",
    "Google",
    "Scholar",
    "Open",
    "Graph",
    "Twitter",
    "iframe",
    "URL",
    // Names of people and places written in Latin script in the sources' own titles.
    "Li",
    "Keqiang",
    "Karim",
    "Massimov",
    "Nazarbayev",
    "Tokayev",
    "Xi",
    "Jinping",
    "Astana",
    "Davos",
    // Publishers and datasets the sources name under their own (Latin) names.
    "Reuters",
    "Vestnik",
    "Kavkaza",
    "GeoNames",
    "Admin",
    "TopoJSON",
    "npm",
    "Python",
    "pandas",
    "JavaScript",
    "Gazetteer",
  ].map((w) => w.toLowerCase()),
);

const SKIP_TAGS = new Set(["script", "style", "code", "pre", "svg", "template", "textarea", "head"]);

/** The text of the page outside its charts, or (`charts`) the text of its charts' SVGs alone. */
function visibleText(node: Node, out: string[], charts: boolean, inSvg = false): void {
  if (node.nodeType === 3) {
    if (charts === inSvg) out.push(node.rawText);
    return;
  }
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase();
  if (tag === "svg") {
    if (charts) for (const child of element.childNodes ?? []) visibleText(child, out, charts, true);
    return;
  }
  if (tag && SKIP_TAGS.has(tag)) return;
  // Marked as another language than the page's: English, or a source's title in German (lang="de").
  if (/^(en|de)\b/.test(element.getAttribute?.("lang") ?? "")) return;
  if (charts === inSvg)
    for (const name of ["aria-label", "title", "alt"]) {
      const value = element.getAttribute?.(name);
      if (value) out.push(` ${value} `);
    }
  for (const child of element.childNodes ?? []) visibleText(child, out, charts, inSvg);
  if (tag && /^(p|li|h\d|dt|dd|td|th|div|section|figcaption|caption|summary|a|span|button|text|tspan|title|desc)$/.test(tag)) out.push(" ");
}

/** The English words on a translated page (or, with `charts`, in its charts' SVGs), with a little context each. */
export function englishWords(html: string, { charts = false }: { charts?: boolean } = {}): { word: string; context: string }[] {
  const root = parse(html, { comment: false });
  const body = root.querySelector("body") ?? root;
  const parts: string[] = [];
  visibleText(body, parts, charts);
  // The words the page's scripts write (src/components/ClientText.astro), as a reader will see or hear them.
  const scripted = body.querySelector("script#ui-text");
  if (scripted && !charts)
    parts.push(
      " ",
      ...Object.values(JSON.parse(scripted.textContent) as Record<string, string>).map((w) => ` ${w.replace(/\{\w+\}/g, " ")} `),
    );
  return englishIn(parts.join(""));
}

/** The English words in a text, with a little context each. */
function englishIn(raw: string): { word: string; context: string }[] {
  const text = raw
    .replace(/&[a-z]+;|&#\d+;/g, " ")
    // Quotations in English quotation marks are the articles' own words, shown beside their translation.
    .replace(/“[^”]*”/g, " ")
    // An English title quoted whole in guillemets («Distinctions in foreign trade statistics with China») is a name.
    .replace(/«[^«»\p{Script=Cyrillic}]*»/gu, " ")
    .replace(/\bhttps?:\/\/\S+|\b[\w.-]+\.(csv|json|zip|png|svg|com|org|net|int|kz|ru|de|news)\b\S*|\S+@\S+/g, " ")
    // Publishers known by their Latin names, two words each.
    .replace(/\b(?:Kursiv Research|Schmidt Export)\b/g, " ")
    // A map's scale in its publisher's name for it (Natural Earth's "1:110m").
    .replace(/\b1:\d+m\b/g, " ");
  const found: { word: string; context: string }[] = [];
  for (const match of text.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g)) {
    const word = match[0];
    if (ALLOWED.has(word.toLowerCase()) || /^[A-Z0-9-]+$/.test(word)) continue;
    found.push({ word, context: text.slice(Math.max(0, match.index - 40), match.index + word.length + 40).replace(/\s+/g, " ") });
  }
  return found;
}
