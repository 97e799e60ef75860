import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The process half of the prose checks: a paragraph of our own words that compares, ranks or describes a
 * trend must carry a <Check> (or, where the comparison is not about the data, say why in a
 * {/* unchecked: … *\/} comment). Words inside quotation marks are the articles' and do not count.
 */
const TREND =
  /\b(higher|lower|twice|overt(?:ook|aken|akes)|exceed\w*|agree(?:s|ing)?\b(?! with the verdict)|agreed? within|peak\w*|fell|falls?|fallen|rose|rises?|risen|grew|grown|grows|growing|narrow\w*|widen\w*|dropp?(?:s|ed)?|dip(?:s|ped)?|more than|less than|(?:below|above) (?:even|the|that|its|a|\d)|highest|lowest|largest|smallest|doubl\w*|trebl\w*|closed|catch(?:es)? up|close behind|behind (?:Russia|China)|ahead|diverg\w*|edged|slipp\w*|deepened|recover\w*|shrank|up from|down from)\b/i;

const files = ["content/stories", "content/pages"].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => `${dir}/${f}`),
);

/** Paragraphs of a file's body (frontmatter dropped), with the line each starts on. */
function paragraphs(file: string): { line: number; text: string }[] {
  const source = readFileSync(file, "utf8");
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, (front) => "\n".repeat(front.split("\n").length - 1));
  const out: { line: number; text: string }[] = [];
  let start = 0;
  body.split("\n").forEach((row, i, rows) => {
    if (row.trim() === "" || i === rows.length - 1) {
      const text = rows
        .slice(start, i + 1)
        .join("\n")
        .trim();
      if (text) out.push({ line: start + 1, text });
      start = i + 1;
    }
  });
  return out;
}

/** A paragraph's own words: quotations, tags and headings' markup removed. */
const ownWords = (text: string) =>
  text
    .replace(/<Check[^"]*"[^"]*"[^>]*\/>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/“[^”]*”|"[^"]*"/g, " ");

describe("our own prose carries its checks", () => {
  it("finds trend words, and ignores them inside quotation marks", () => {
    expect(TREND.test(ownWords("China's share fell in 2014."))).toBe(true);
    expect(TREND.test(ownWords("The article wrote “the gap looks set to narrow”."))).toBe(false);
  });

  it.each(files)("%s: every paragraph that compares or describes a trend has a <Check> or says why not", (file) => {
    const missing = paragraphs(file)
      .filter((p) => !p.text.startsWith("#") && !p.text.startsWith("<Scrolly") && !p.text.startsWith("</"))
      .filter((p) => TREND.test(ownWords(p.text)))
      .filter((p) => !p.text.includes("<Check ") && !p.text.includes("{/* unchecked:"))
      .map(
        (p) =>
          `${file}:${p.line}: “${ownWords(p.text).match(TREND)![0]}” in: ${ownWords(p.text).replace(/\s+/g, " ").trim().slice(0, 120)}`,
      );
    expect(missing).toEqual([]);
  });
});
