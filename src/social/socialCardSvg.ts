import type { ChartModel, Mark } from "../charts/marks.ts";
import { renderSvgMarks } from "../charts/renderSvgMarks.ts";

export const CARD = { width: 1200, height: 630 } as const;
const PAD = 48;
const TITLE_SIZE = 40;
const TITLE_CHARS_PER_LINE = 48;

/** The stylesheet's light-scheme chart colours, inlined: a PNG has no page around it. */
const CHART_STYLE = `
text { font-family: "DejaVu Sans"; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.grid { stroke: #e6e6e6; }
.axis, .series-break { stroke: #8c8c8c; }
.series-break { stroke-dasharray: 3 3; }
.tick, .note { fill: #595959; }
.axis-title, .reference-label { fill: #1a1a1a; }
.focus-rule { stroke: #595959; }
.reference { stroke: #595959; stroke-dasharray: 4 4; }
.highlight-band { fill: #e6e6e6; }
.break-band { fill: #595959; fill-opacity: 0.16; }
.event-rule { stroke: #595959; stroke-dasharray: 1 3; }
`;

/**
 * The classes CHART_STYLE gives a fill. A shape with neither a fill attribute nor one of these classes
 * would be painted black by the rasteriser (resvg's default fill), covering what the card is about.
 */
export const CARD_FILLED_CLASSES = new Set(
  [...CHART_STYLE.matchAll(/([^{}]+)\{[^}]*\bfill:/g)].flatMap((m) => m[1]!.match(/\.[\w-]+/g) ?? []).map((c) => c.slice(1)),
);

/**
 * A line's width in Latin characters of DejaVu Sans: Cyrillic letters are wider (about 1.15 of a Latin
 * one on average), so a Russian or Kazakh title breaks sooner and never runs off the card.
 */
const titleWidth = (text: string): number => [...text].reduce((w, c) => w + (/\p{Script=Cyrillic}/u.test(c) ? 1.15 : 1), 0);

const SOURCE_SIZE = 18;
/** Characters of DejaVu Sans that fit the card's width at a font size (its glyphs average about 0.6 em). */
const charsThatFit = (fontSize: number) => Math.floor((CARD.width - 2 * PAD) / (fontSize * 0.6));

/**
 * The source line, whole: on one line at 18 px where it fits, else at 16 px on as many lines as it needs, broken
 * after a "; " (or between words, in a part too long for a line), so a long list of publishers is never cut off at
 * the card's edge (the routes map's five sources ran past it on two lines).
 */
export function sourceLines(source: string): { lines: string[]; fontSize: number } {
  if (titleWidth(source) <= charsThatFit(SOURCE_SIZE)) return { lines: [source], fontSize: SOURCE_SIZE };
  const fontSize = 16;
  const room = charsThatFit(fontSize);
  const lines = [""];
  for (const part of source.split(/(?<=; )/)) {
    const pieces = titleWidth(part) <= room ? [part] : part.split(/(?<= )/);
    for (const piece of pieces) {
      if (lines.at(-1) !== "" && titleWidth((lines.at(-1)! + piece).trimEnd()) > room) lines.push("");
      lines[lines.length - 1] += piece;
    }
  }
  return { lines: lines.map((l) => l.trim()), fontSize };
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]!);

/** Breaks a title into at most `maxLines` lines at word boundaries, ending the last with an ellipsis if it overflows. */
export function wrapTitle(title: string, perLine = TITLE_CHARS_PER_LINE, maxLines = 2): string[] {
  const lines: string[] = [""];
  for (const word of title.split(/\s+/)) {
    const line = lines.at(-1)!;
    if (titleWidth((line + " " + word).trim()) <= perLine) lines[lines.length - 1] = (line + " " + word).trim();
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  let cut = lines[maxLines - 1]!;
  while (titleWidth(cut) > perLine - 1) cut = cut.slice(0, -1);
  return [...lines.slice(0, maxLines - 1), `${cut}…`];
}

/**
 * The title's size and lines: 40 px where it fits two lines, else smaller (down to 32 px), then on three lines
 * before it is cut, so a long translated title keeps its end (a reporter view's "(China's figures)").
 */
export function titleLayout(title: string): { size: number; lines: string[] } {
  for (const [size, maxLines] of [
    [TITLE_SIZE, 2],
    [36, 2],
    [32, 2],
    [32, 3],
  ] as const) {
    const perLine = Math.floor((TITLE_CHARS_PER_LINE * TITLE_SIZE) / size);
    const lines = wrapTitle(title, perLine, maxLines);
    if (!lines.at(-1)!.endsWith("…") || maxLines === 3) return { size, lines };
  }
  throw new Error("unreachable");
}

/**
 * The marks with every non-scaling stroke made an ordinary one that draws the same. A path scaled
 * by `transform="matrix(k 0 0 k x y)"` keeps its stroke width and dashes in screen pixels with
 * `vector-effect="non-scaling-stroke"` (the routes map draws its outlines and routes that way),
 * but resvg ignores vector-effect, so for the card they are divided by k instead.
 */
export function withoutNonScalingStrokes(marks: readonly Mark[]): Mark[] {
  return marks.map((mark) => {
    const { "vector-effect": effect, ...attrs } = mark.attrs;
    if (effect !== "non-scaling-stroke") return mark;
    const matrix = /^matrix\(([-\d.e]+) 0 0 ([-\d.e]+) [-\d.e]+ [-\d.e]+\)$/.exec(String(attrs.transform ?? ""));
    if (!matrix || matrix[1] !== matrix[2])
      throw new Error(`${mark.key}: a non-scaling stroke needs a uniform matrix(k 0 0 k x y) transform, not "${attrs.transform}"`);
    const k = Number(matrix[1]);
    const unscale = (value: string | number) => Math.round((Number(value) / k) * 1000) / 1000;
    if (attrs["stroke-width"] !== undefined) attrs["stroke-width"] = unscale(attrs["stroke-width"]);
    if (attrs["stroke-dasharray"] !== undefined)
      attrs["stroke-dasharray"] = String(attrs["stroke-dasharray"])
        .split(/[\s,]+/)
        .map(unscale)
        .join(" ");
    return { ...mark, attrs };
  });
}

/**
 * A link-preview card as SVG: title, the chart itself (drawn by its own chart function at the
 * card's size), and the source line. Rasterised to PNG at build time, never screenshotted.
 */
export function socialCardSvg({ title, model, source }: { title: string; model: ChartModel; source: string }): string {
  const { size, lines: titleLines } = titleLayout(title);
  const chartTop = PAD + titleLines.length * (size * 1.2) + 8;
  const titleSvg = titleLines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${PAD + size + i * size * 1.2}" font-size="${size}" font-weight="700" fill="#1a1a1a">${escape(line)}</text>`,
    )
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<style>${CHART_STYLE}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    titleSvg,
    `<g transform="translate(${PAD} ${chartTop})">${renderSvgMarks(withoutNonScalingStrokes(model.marks))}</g>`,
    sourceSvg(source),
    `</svg>`,
  ].join("");
}

function sourceSvg(source: string): string {
  const { lines, fontSize } = sourceLines(source);
  return lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${CARD.height - 22 - (lines.length - 1 - i) * (fontSize + 4)}" font-size="${fontSize}" fill="#595959">${escape(line)}</text>`,
    )
    .join("");
}

/** The size the chart is drawn at inside a card with a title of this many lines. */
export function chartSizeInCard(title: string, source = ""): { width: number; height: number } {
  const { size, lines } = titleLayout(title);
  // Room for two source lines; each further line takes its own, and a little air above them.
  const more = sourceLines(source).lines.length - 2;
  const extra = more > 0 ? more * 20 + 8 : 0;
  return { width: CARD.width - 2 * PAD, height: CARD.height - PAD - lines.length * size * 1.2 - 8 - 56 - extra };
}
