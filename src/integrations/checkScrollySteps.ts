import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { chartDefinitions } from "../charts/chartDefinitions.ts";
import { jsxElements, literalAttribute, type SourceFile, type TreeNode } from "./mdxTree.ts";
import type { MdastPlugin } from "./satteriPlugins.ts";

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

const charts = chartDefinitions;

/** Why `chart`/`state` cannot be drawn, or undefined when they can. Expressions are left to the runtime check. */
function chartStateProblem(chart: string | null | undefined, state: string | null | undefined): string | undefined {
  if (chart === undefined) return `names no chart; charts are ${Object.keys(charts).join(", ")}`;
  if (chart === null) return undefined;
  const definition = charts[chart];
  if (!definition) return `names chart "${chart}", which does not exist; charts are ${Object.keys(charts).join(", ")}`;
  if (state === undefined) return `names no state; chart "${chart}" has ${definition.states.join(", ")}`;
  if (state === null || definition.states.includes(state)) return undefined;
  return `names state "${state}", which chart "${chart}" does not have; its states are ${definition.states.join(", ")}`;
}

/**
 * Checks every <Scrolly> and <Step> of an MDX chapter, so a step naming a chart or state that does
 * not exist, a step outside a scrolly or driving another chart than its scrolly's, or two steps
 * with one id, stop the build naming the file, line and column. The components check again at
 * render time (assertChartState), which also covers values given as {expressions}.
 */
export function checkScrollyTree(tree: TreeNode, file: SourceFile): void {
  const stepIds = new Map<string, TreeNode>();
  for (const { node, parents } of jsxElements(tree)) {
    if (node.name === "Scrolly") {
      const problem = chartStateProblem(literalAttribute(node, "chart"), literalAttribute(node, "state"));
      if (problem) throw new ContentError(file, node, `<Scrolly> ${problem}`);
    }
    if (node.name !== "Step") continue;

    const id = literalAttribute(node, "id");
    const tag = `<Step id="${id ?? ""}">`;
    if (id === undefined || id === "") throw new ContentError(file, node, `${tag} has no id; the id is the step's deep link`);
    const chart = literalAttribute(node, "chart");
    const problem = chartStateProblem(chart, literalAttribute(node, "state"));
    if (problem) throw new ContentError(file, node, `${tag} ${problem}`);

    const scrolly = parents.findLast((p) => p.name === "Scrolly");
    if (!scrolly) throw new ContentError(file, node, `${tag} is not inside a <Scrolly>`);
    const scrollyChart = literalAttribute(scrolly, "chart");
    if (typeof chart === "string" && typeof scrollyChart === "string" && chart !== scrollyChart) {
      throw new ContentError(file, node, `${tag} drives chart "${chart}", but its <Scrolly> shows "${scrollyChart}"`);
    }

    if (id === null) continue;
    const first = stepIds.get(id);
    if (first) {
      throw new ContentError(
        file,
        node,
        `${tag} repeats the id of the step on line ${first.position?.start.line ?? "?"}; step ids are deep links and must be unique`,
      );
    }
    stepIds.set(id, node);
  }
}

/** The check as a Markdown processor plugin: it runs on each MDX file while it compiles. */
export const checkScrollySteps: MdastPlugin = {
  name: "check-scrolly-steps",
  options: { position: true },
  before(root, ctx) {
    checkScrollyTree(root as unknown as TreeNode, { path: ctx.fileURL && fileURLToPath(ctx.fileURL) });
  },
};
