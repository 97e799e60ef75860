import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";

/**
 * A page's text as a text browser (w3m, lynx) or a reader without CSS or scripts gets it: no <head>,
 * no scripts, styles or templates; <noscript> shown, since no script runs. Parts marked aria-hidden are
 * left out too (a text browser shows them, but reading tools do not, and we mark only pictures whose
 * figures a table repeats). Text comes in blocks, as a text browser breaks lines: block elements, table
 * cells and list items each start a block, so checks on adjacent words never join two cells. Only the elements
 * w3m breaks lines at count as blocks: HTML5's sectioning elements, fieldsets, legends, labels, summaries and
 * buttons run on into the words around them there, so words glued across them are caught (gluedWords).
 */
export interface TextBlock {
  text: string;
  /** Tag names from the page root to the element that opened the block, e.g. "body>main>article>p". */
  path: string;
}

export interface PageText {
  blocks: TextBlock[];
  /** Controls a reader is offered: <button>s and <textarea>s, with their text and where they are. */
  controls: { tag: string; text: string; path: string; inForm: boolean; inScrolly: boolean }[];
  /** Every inline SVG: whether it is named as a picture, and the text of its labels a reader would get as text. */
  svgs: { named: boolean; exposedText: string }[];
}

const SKIPPED = new Set(["head", "script", "style", "template", "title"]);
const BLOCKS = new Set([
  "address",
  "blockquote",
  "body",
  "br",
  "caption",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "html",
  "li",
  "noscript",
  "ol",
  "p",
  "pre",
  "svg",
  "table",
  "tbody",
  "td",
  "textarea",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

const isElement = (node: ChildNode): node is Element => node.type === "tag" || node.type === "script" || node.type === "style";

export function pageText(html: string): PageText {
  const document = parseDocument(html, { decodeEntities: true });
  const blocks: TextBlock[] = [];
  const controls: PageText["controls"] = [];
  const svgs: PageText["svgs"] = [];
  let current = "";
  let currentPath = "";
  const flush = () => {
    // No-break spaces stay: they join a figure's digit groups ("18 000 000 000") and its unit.
    const text = current.replace(/[^\S\u00a0\u202f]+/g, " ").trim();
    if (text !== "") blocks.push({ text, path: currentPath });
    current = "";
  };
  const textOf = (node: ChildNode): string =>
    node.type === "text" ? node.data : isElement(node) ? node.children.map(textOf).join("") : "";

  const exposed = (node: ChildNode): string =>
    !isElement(node)
      ? node.type === "text"
        ? node.data
        : ""
      : node.attribs["aria-hidden"] === "true" || SKIPPED.has(node.name)
        ? ""
        : node.children.map(exposed).join(" ");

  const walk = (node: ChildNode, path: string, inForm: boolean, inScrolly = false) => {
    if (node.type === "text") {
      if (current === "") currentPath = path;
      current += node.data;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.name.toLowerCase();
    if (SKIPPED.has(tag) || node.attribs["aria-hidden"] === "true") return;
    const here = path ? `${path}>${tag}` : tag;
    if (tag === "button" || tag === "textarea") {
      controls.push({ tag, text: textOf(node).replace(/\s+/g, " ").trim(), path: here, inForm, inScrolly });
    }
    // A text browser draws a radio button or checkbox as "(*)" or "[ ]": it parts the words around it.
    if (tag === "input") current += " ";
    if (tag === "svg") {
      const named = node.attribs.role === "img" && Boolean(node.attribs["aria-label"] || node.attribs["aria-labelledby"]);
      svgs.push({ named, exposedText: exposed(node).replace(/\s+/g, " ").trim() });
    }
    const scrolly = inScrolly || "data-scrolly" in node.attribs;
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      currentPath = here;
    }
    for (const child of node.children) walk(child, here, inForm || tag === "form", scrolly);
    if (block) flush();
  };
  for (const child of document.children) walk(child, "", false);
  flush();
  return { blocks, controls, svgs };
}

/** Words as a reader sees them, with the punctuation around them dropped and case folded, for comparison. */
// A no-break space joins: "18 000 000 000" (a translated edition's digit groups) and "17,2 %" are one word each.
export const wordsOf = (text: string): { raw: string; word: string }[] =>
  text
    .split(/[^\S\u00a0\u202f]+/)
    .filter(Boolean)
    .map((raw) => ({ raw, word: raw.toLowerCase().replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, "") }));

/** A number as a tick label shows it: "20%", "1995", "$40bn", "0.5"; undefined for anything else. */
function tickValue(word: string): number | undefined {
  const match = /^\$?(-?\d+(?:\.\d+)?)(%|bn|m)?$/.exec(word.replace(/,/g, ""));
  return match ? Number(match[1]) : undefined;
}

/** Runs of four or more evenly spaced numbers ("0% 10% 20% 30%", "1995 2000 2005 2010"): an axis read out. */
export function tickRuns(text: string): string[] {
  const words = wordsOf(text);
  const runs: string[] = [];
  for (let i = 0; i + 3 < words.length; i++) {
    const values = words.slice(i, i + 4).map((w) => tickValue(w.word));
    if (values.some((v) => v === undefined)) continue;
    const [a, b, c, d] = values as number[];
    const step = b! - a!;
    if (step !== 0 && c! - b! === step && d! - c! === step)
      runs.push(
        words
          .slice(i, i + 4)
          .map((w) => w.raw)
          .join(" "),
      );
  }
  // Labels written with nothing between them: "0%10%20%", "199520002005".
  for (const { raw } of words) if (/(\d+%){3,}|((?:19|20)\d\d){3,}/.test(raw)) runs.push(raw);
  return runs;
}

/** A word said twice in a row ("2013, 2013"), or glued to itself ("supportedsupported"). */
export function doubledWords(text: string): string[] {
  const words = wordsOf(text);
  const found: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    // "with China; China reported..." is two clauses, not a stutter.
    // "18 000 000 000": a Russian or Kazakh figure's groups of three digits, not a word said twice.
    const digitGroups = /^\d{3}$/.test(a.word) && /^\d{3}$/.test(b.word);
    if (a.word !== "" && a.word === b.word && !digitGroups && !/[.;:!?)\]]$/.test(a.raw)) found.push(`${a.raw} ${b.raw}`);
  }
  for (const { raw, word } of words) if (/^(\p{L}{3,})\1$/u.test(word)) found.push(raw);
  return found;
}

/** Names and units written with a capital inside (a kilobyte is "kB"), not two words run together. */
const CAMEL_NAMES = /^(GeoNames|OpenStreetMap|JavaScript|GitHub|BibTeX|TopoJSON|EurAsEC|ЕврАзЭС|ЕурАзЭҚ|kB)$/;

/**
 * Two words run together where one element ends and the next begins, as a text browser shows them: "by
 * partnerFigures by", "with these dataArticle", "(CSV)Embed". Names written in camel case are not counted.
 */
export function gluedWords(text: string): string[] {
  return (
    text
      .split(/\s+/)
      .map((raw) => raw.replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N})]+$/gu, ""))
      // Addresses and paths ("github.com/SamLeBlanc/...") are not words.
      .filter((word) => !word.includes("/") && /\p{Ll}\p{Lu}|\)\p{L}/u.test(word) && !CAMEL_NAMES.test(word.replace(/[^\p{L}]/gu, "")))
  );
}

/**
 * PHRASE words or more said twice within WINDOW words ("World Bank World Development Indicators; reported
 * by World Bank World Development Indicators"). Repeated labels a reader expects (claim markers, in every edition) are not counted.
 */
const PHRASE = 5;
const WINDOW = 12;
const EXPECTED_REPEATS = new RegExp(
  [
    "\\bchecked\\b|\\bwith these data\\b",
    // The claim markers and the tag on every figure a partner counted (L11), in the translated editions.
    "(?:^| )(?:проверка утверждения|этими данными|тұжырым тексерілді|бұл деректермен|по данным самого китая|по данным самой россии|қытайдың өз есебі|ресейдің өз есебі)(?: |$)",
    // Two sides' figures that happen to be equal ("25,6 млрд долл. по данным Китая … 25,6 млрд долл. по данным России").
    "\\d[\\s\\u00a0](?:млрд|млн)[\\s\\u00a0]",
  ].join("|"),
  "u",
);

export function repeatedPhrases(text: string): string[] {
  const words = wordsOf(text).map((w) => w.word);
  const found: string[] = [];
  for (let i = 0; i + PHRASE <= words.length; i++) {
    const phrase = words.slice(i, i + PHRASE).join(" ");
    if (words.slice(i, i + PHRASE).some((w) => w === "") || EXPECTED_REPEATS.test(phrase)) continue;
    for (let j = i + PHRASE; j <= Math.min(words.length - PHRASE, i + PHRASE + WINDOW); j++) {
      if (words.slice(j, j + PHRASE).join(" ") === phrase) {
        found.push(phrase);
        break;
      }
    }
  }
  return [...new Set(found)];
}
