import { parse, type HTMLElement, type Node } from "node-html-parser";

/**
 * Figures written the English way on a translated page: what a reader of the Russian or Kazakh edition would
 * see (prose, chart marks and labels in the SVG, tables, summaries, and the aria-label, title and alt text a screen
 * reader is given) in "17.2%", "$14.2bn", "1,234" or, in Russian, "17,2%" without its space, instead of the
 * edition's "17,2 %" / "17,2%" and "14,2 млрд долл." (src/charts/numerals.ts, src/i18n/formatNumbers.ts).
 * Left out, as in tests/build/editionWords.ts: anything marked lang="en" (the articles' originals), code, and
 * addresses and quotations in English quotation marks “…”; version numbers (0.2.0) and dates are not decimals.
 */
const SKIP_TAGS = new Set(["script", "style", "code", "pre", "template", "textarea", "head"]);

function collect(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.rawText);
    return;
  }
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase();
  if (tag && SKIP_TAGS.has(tag)) return;
  if (element.getAttribute?.("lang")?.startsWith("en")) return;
  for (const name of ["aria-label", "title", "alt"]) {
    const value = element.getAttribute?.(name);
    if (value) out.push(` ${value} `);
  }
  for (const child of element.childNodes ?? []) collect(child, out);
  // Every element ends a run of text: an SVG's tick labels "2010" and "2015" are two figures, not "20102015".
  if (tag) out.push(" ");
}

/** The text a reader (or a screen reader) gets from a page or a fragment of one, SVG text included. */
export function readableText(html: string): string {
  const root = parse(html, { comment: false });
  const parts: string[] = [];
  collect(root.querySelector("body") ?? root, parts);
  return (
    parts
      .join("")
      .replace(/&nbsp;|&#160;/g, "\u00a0")
      .replace(/&[a-z]+;|&#\d+;/g, " ")
      // Quotations in English quotation marks are the articles' own words, shown beside their translation.
      .replace(/“[^”]*”/g, " ")
      // Licence names ("CC BY 4.0") are names, not figures.
      .replace(/\bCC BY(?:-[A-Z]+)* \d\.\d\b/g, " ")
      .replace(/\bhttps?:\/\/\S+|\b[\w.-]+\.(csv|json|zip|png|svg|com|org|net|int|kz|ru)\b\S*|\S+@\S+/g, " ")
  );
}

const RULES: { what: string; pattern: RegExp; editions?: string[] }[] = [
  { what: "a decimal point", pattern: /(?<![\d.,])\d+\.\d+(?![\d.])/g },
  // "$30,1 млрд" is the short form Russian and Kazakh newsrooms label charts with; "$30.1bn" and "$30,1bn" are not.
  { what: "a dollar sign", pattern: /\$\s?\d[\d.,\u00a0]*(?![\d.,\u00a0]*\s?(?:млрд|млн))/g },
  { what: "bn or m after a figure", pattern: /(?<!1:\d+)\d(?:bn|m)\b/g },
  { what: "a comma between thousands", pattern: /(?<![\d,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])/g },
  { what: "a percent sign without the Russian space", pattern: /\d%/g, editions: ["ru"] },
  { what: "a space before the Kazakh percent sign", pattern: /\d[\s\u00a0]%/g, editions: ["kk"] },
];

/** Every figure written in another edition's way, with a little context each. */
export function foreignNumerals(text: string, edition: string): string[] {
  const found: string[] = [];
  for (const rule of RULES) {
    if (rule.editions && !rule.editions.includes(edition)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const context = text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, " ");
      found.push(`${rule.what}: "${match[0]}" in …${context}…`);
    }
  }
  return found;
}
