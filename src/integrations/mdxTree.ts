/**
 * The few shapes of an MDX syntax tree (mdast with MDX JSX nodes) that the content checks read.
 * Declared here rather than imported, so the checks depend on no transitive type package.
 */
export interface TreeNode {
  type: string;
  name?: string | null;
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

/** The file a remark plugin is compiling (a vfile). */
export interface SourceFile {
  path?: string;
  cwd?: string;
}

const JSX_ELEMENT = new Set(["mdxJsxFlowElement", "mdxJsxTextElement"]);

/** Every JSX element named `name`, in document order, with the JSX element enclosing it, if any. */
export function jsxElements(tree: TreeNode): { node: TreeNode; parents: TreeNode[] }[] {
  const found: { node: TreeNode; parents: TreeNode[] }[] = [];
  const walk = (node: TreeNode, parents: TreeNode[]) => {
    if (JSX_ELEMENT.has(node.type)) found.push({ node, parents });
    const inside = JSX_ELEMENT.has(node.type) ? [...parents, node] : parents;
    for (const child of node.children ?? []) walk(child, inside);
  };
  walk(tree, []);
  return found;
}

/** A string-literal attribute's value; undefined when absent, null when given as an {expression}. */
export function literalAttribute(node: TreeNode, name: string): string | null | undefined {
  const attribute = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  if (!attribute) return undefined;
  return typeof attribute.value === "string" ? attribute.value : null;
}
