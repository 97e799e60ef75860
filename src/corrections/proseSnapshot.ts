import type { Dataset } from "../data/dataset.ts";
import { figureTags, proseFigure, type FigureTag } from "../data/proseFigures.ts";

/** Where each content file is published: content/stories/<slug>.mdx at /chapters/<slug>/, content/pages/<name>.mdx at /<name>/. */
export function pageOf(file: string): string {
  const name = file.replace(/^.*\//, "").replace(/\.mdx$/, "");
  if (file.includes("/stories/")) return `/chapters/${name}/`;
  return name === "index" ? "/" : `/${name}/`;
}

const TAG = new RegExp(`<(${figureTags.join("|")})\\b([^>]*?)/>`, "g");
const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g;

/**
 * Every figure the prose prints through a data tag, by page: the figure's id and its text as printed. A
 * release keeps these (content/releases/<version>.json, `prose`), so the next build can require a
 * corrections entry for the page when a sentence's figure changes.
 */
export function proseSnapshot(sources: Record<string, string>, data: Dataset): Record<string, Record<string, string>> {
  const pages: Record<string, Record<string, string>> = {};
  for (const [file, text] of Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [, tag, attributes] of text.matchAll(TAG)) {
      const props = Object.fromEntries(
        [...attributes!.matchAll(ATTRIBUTE)].map(([, name, quoted, braced]) => [name, quoted ?? braced!.trim()]),
      );
      const figure = proseFigure(tag as FigureTag, { ...props, year: Number(props.year) }, data);
      (pages[pageOf(file)] ??= {})[figure.id] = figure.display;
    }
  }
  return pages;
}
