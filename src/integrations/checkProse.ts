import { fileURLToPath } from "node:url";
import { proseCheckProblem } from "../claims/proseCheck.ts";
import type { Dataset } from "../data/buildDataset.ts";
import type { SeriesBreak } from "../data/breakSchema.ts";
import { datasetOnDisk } from "../data/datasetOnDisk.ts";
import { ContentError, literalAttribute, type SourceFile, type TreeNode } from "../data/mdxTree.ts";
import type { MdastPlugin } from "./satteriPlugins.ts";
import { englishSourceOf } from "./editionHeadingIds.ts";

const JSX = new Set(["mdxJsxFlowElement", "mdxJsxTextElement"]);

/** A node's words as a reader sees them; a data tag stands in as [figure], a claim marker as nothing. */
function textOf(node: TreeNode): string {
  if (node.type === "text" || node.type === "inlineCode") return (node as TreeNode & { value?: string }).value ?? "";
  if (JSX.has(node.type)) {
    if (node.name === "Check" || node.name === "Claim") return "";
    if (node.name === "Term") return literalAttribute(node, "id") ?? "";
    if (!node.children?.length) return "[figure]";
  }
  return (node.children ?? []).map(textOf).join("");
}

/** The sentence a <Check> follows: the words since the previous check or sentence end in its paragraph. */
function sentenceBefore(siblings: readonly TreeNode[], index: number): string {
  const before = siblings
    .slice(0, index)
    .reverse()
    .findIndex((n) => JSX.has(n.type) && n.name === "Check");
  const start = before < 0 ? 0 : index - before;
  const text = siblings.slice(start, index).map(textOf).join("").replace(/\s+/g, " ").trim();
  const sentences = text.split(/(?<=[.!?:;”])\s+(?=[A-Z“*])/);
  // A check right after a sentence's end belongs to that sentence; a check mid-sentence covers the clause so far.
  return sentences.at(-1) ?? text;
}

/**
 * Checks every <Check claim="…" acrossBreak="…" /> in an MDX file against the dataset: a sentence the
 * data no longer bear out, or a comparison across a break the sentence does not name, stops the build
 * with file:line:column and the sentence.
 */
export function checkProseTree(tree: TreeNode, file: SourceFile, data: Dataset, all: readonly SeriesBreak[], translated = false): void {
  const walk = (node: TreeNode) => {
    const children = node.children ?? [];
    children.forEach((child, index) => {
      if (JSX.has(child.type) && child.name === "Check") {
        const claim = literalAttribute(child, "claim");
        if (typeof claim !== "string" || claim.trim() === "") {
          throw new ContentError(file, child, `<Check> needs claim="…", a test written in the check language (src/claims/proseCheck.ts)`);
        }
        const acrossBreak = literalAttribute(child, "acrossBreak") ?? undefined;
        // The sentence: the words before the check in its paragraph; a check on its own line covers the paragraph above.
        const sentence = index > 0 ? sentenceBefore(children, index) : textOf(node).replace(/\s+/g, " ").trim();
        const problem = proseCheckProblem({ claim, acrossBreak: acrossBreak ?? undefined, sentence, translated }, data, all);
        if (problem) throw new ContentError(file, child, `${problem}\n  sentence: “${sentence}”`);
      }
      walk(child);
    });
  };
  walk(tree);
}

let loaded: { data: Dataset; breaks: SeriesBreak[] } | undefined;

/** The check as a Markdown processor plugin: it runs on each MDX file while it compiles. */
export const checkProse: MdastPlugin = {
  name: "check-prose",
  options: { position: true },
  before(root, ctx) {
    loaded ??= datasetOnDisk();
    const path = ctx.fileURL && fileURLToPath(ctx.fileURL);
    // A translated page's checks are evaluated too; the wording rule (name the break) applies to its English source.
    checkProseTree(
      root as unknown as TreeNode,
      { path },
      loaded.data,
      loaded.breaks,
      path !== undefined && englishSourceOf(path) !== undefined,
    );
  },
};
