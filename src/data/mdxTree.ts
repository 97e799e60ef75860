import { relative } from "node:path";

/**
 * The few shapes of an MDX syntax tree (mdast with MDX JSX nodes) that the content checks and the story
 * parser read. Declared here rather than imported, so they depend on no transitive type package.
 */
export interface TreeNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  attributes?: JsxAttribute[];
  children?: TreeNode[];
  position?: { start: { line: number; column: number } };
}

export interface JsxAttribute {
  type: string;
  name?: string;
  /** A string literal, an expression node ({...}), or null for a bare attribute. */
  value?: string | { type: string; value: string } | null;
}

/** The file a Markdown plugin is compiling (a vfile), or a path relative to the working directory. */
export interface SourceFile {
  path?: string;
  cwd?: string;
}

/** A content mistake, reported as `file:line:column: problem` so an editor can jump to it. */
export class ContentError extends Error {
  constructor(file: SourceFile, node: TreeNode, problem: string) {
    const path = file.path
      ? relative(file.cwd ?? process.cwd(), file.path)
          .split("\\")
          .join("/")
      : "<mdx>";
    const start = node.position?.start;
    super(`${path}${start ? `:${start.line}:${start.column}` : ""}: ${problem}`);
    this.name = "ContentError";
  }
}

const JSX_ELEMENT = new Set(["mdxJsxFlowElement", "mdxJsxTextElement"]);

/** Whether a node is a JSX element (a component tag such as <Step>), optionally of one name. */
export function isJsxElement(node: TreeNode, name?: string): boolean {
  return JSX_ELEMENT.has(node.type) && (name === undefined || node.name === name);
}

/** A string-literal attribute's value; undefined when absent, null when given as an {expression} or bare. */
export function literalAttribute(node: TreeNode, name: string): string | null | undefined {
  const attribute = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  if (!attribute) return undefined;
  return typeof attribute.value === "string" ? attribute.value : null;
}

/** The words of a node as plain text: its text and inline code, markup dropped. */
export function plainText(node: TreeNode): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  return (node.children ?? []).map(plainText).join("");
}
