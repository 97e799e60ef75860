import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import Slugger from "github-slugger";
import { mdxToMdast } from "satteri";
import { plainText, type TreeNode } from "../data/mdxTree.ts";
import { editionsRoot } from "../i18n/editions.ts";
import type { HastPlugin } from "./satteriPlugins.ts";

/**
 * The English source of a translated page or chapter: content/editions/<code>/stories/<slug>.mdx is a translation
 * of content/stories/<slug>.mdx, .../pages/<slug>.mdx of content/pages/<slug>.mdx. Undefined for any other file.
 */
export function englishSourceOf(
  path: string,
  root: string = editionsRoot(),
  contentDir = join(process.cwd(), "content"),
): string | undefined {
  const rest = relative(root, path).split(sep);
  if (rest.length !== 3 || rest[0] === ".." || !/^(stories|pages)$/.test(rest[1]!) || !rest[2]!.endsWith(".mdx")) return undefined;
  return join(contentDir, rest[1]!, rest[2]!);
}

/** The ids Astro gives the headings of an MDX source, in order (github-slugger over each heading's text, as Astro's heading-ids step). */
export function headingIds(source: string): string[] {
  const slugger = new Slugger();
  const ids: string[] = [];
  const walk = (node: TreeNode) => {
    if (node.type === "heading") ids.push(slugger.slug(plainText(node)));
    else for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(source) as unknown as TreeNode);
  return ids;
}

/**
 * In a translated page or chapter, each heading takes the id of the English heading in the same position, so
 * #what-each-side-wanted is the same section in every edition (Astro keeps an id a heading already has). A
 * translation with more or fewer headings than its source stops the build naming the file.
 */
export const editionHeadingIds: HastPlugin = ((ctx: { fileURL: URL | undefined }) => {
  const path = ctx.fileURL && fileURLToPath(ctx.fileURL);
  const source = path && englishSourceOf(path);
  if (!path || !source) return null;
  if (!existsSync(source)) throw new Error(`${path}: translates ${source}, which does not exist`);
  const ids = headingIds(readFileSync(source, "utf8"));
  const translatedCount = headingIds(readFileSync(path, "utf8")).length;
  if (translatedCount !== ids.length) {
    throw new Error(
      `${path}: has ${translatedCount} headings where its English source ${source} has ${ids.length}; translate heading for heading`,
    );
  }
  let next = 0;
  return {
    name: "edition-heading-ids",
    element: {
      filter: ["h1", "h2", "h3", "h4", "h5", "h6"],
      visit(heading: unknown, visitCtx: { setProperty: (node: unknown, name: string, value: string) => void }) {
        const id = ids[next++];
        if (id !== undefined) visitCtx.setProperty(heading, "id", id);
      },
    },
  };
}) as unknown as HastPlugin;
