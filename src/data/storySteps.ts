import { readFileSync } from "node:fs";
import { mdxToMdast } from "satteri";
import { ContentError, isJsxElement, literalAttribute, plainText, type SourceFile, type TreeNode } from "./mdxTree.ts";

/**
 * The one reader of a chapter's scrollytelling sections and steps, over its MDX syntax tree (parsed by
 * Sätteri, the parser Astro compiles the chapters with). The page (through the compile-time plugin in
 * src/integrations/checkScrollySteps.ts), the teaching index, the chart index, embeds, link previews and
 * the build checks all read the list it returns, so a step written with its attributes in any order, on
 * several lines or self-closing is either in every one of them or stops the build.
 *
 * In MDX a section is `<Scrolly chart="…" state="…">` and a step `<Step id="…" state="…">`: a step shows
 * its section's chart and does not name it.
 */

/** One step: text that, when reached, puts its section's chart in `state`. */
export interface StoryStep {
  /** Stable, readable id: the deep link to the step is #id. */
  id: string;
  /** The chart of the step's section. */
  chart: string;
  state: string;
  /** The step's bold lead-in without its full stop, e.g. "The long view", for indexes of links; its id where it has none. */
  label: string;
  /** Position among the chapter's steps, from 0. */
  order: number;
}

/** One scrollytelling section: a chart that stays in view while its steps scroll past. */
export interface StorySection {
  chart: string;
  /** The state shown before any step is reached. */
  state: string;
  /** The text of the last `##` heading before the section, if any. */
  heading: string | undefined;
  /** Whether its steps show the chart in more than one state; a chart that never changes stays as built. */
  changes: boolean;
  steps: StoryStep[];
}

/** The charts and their states, to check the names a chapter uses against (src/charts/chartDefinitions.ts). */
export type ChartStates = Readonly<Record<string, { readonly states: readonly string[] }>>;

/** Why `state` of `chart` cannot be drawn, or undefined when it can (or when there is no list to check against). */
function chartStateProblem(charts: ChartStates | undefined, chart: string, state: string | undefined): string | undefined {
  if (!charts) return undefined;
  const definition = charts[chart];
  if (!definition) return `names chart "${chart}", which does not exist; charts are ${Object.keys(charts).join(", ")}`;
  if (state === undefined || definition.states.includes(state)) return undefined;
  return `names state "${state}", which chart "${chart}" does not have; its states are ${definition.states.join(", ")}`;
}

/** A string attribute the story needs as written (not an {expression}), or a ContentError naming the tag. */
function requiredLiteral(file: SourceFile, node: TreeNode, tag: string, name: string, hint: string): string {
  const value = literalAttribute(node, name);
  if (value === undefined || value === "") throw new ContentError(file, node, `${tag} ${hint}`);
  if (value === null) {
    throw new ContentError(
      file,
      node,
      `${tag} gives ${name}= as an {expression}; write it as text, ${name}="…", so the story's indexes can read it`,
    );
  }
  return value;
}

/** The bold lead-in a step opens with (`**The long view.**`), without its full stop. */
function leadIn(step: TreeNode): string | undefined {
  // On its own lines the step's text is a paragraph; on the tag's line it is the tag's own inline content.
  const first = step.children?.[0];
  const strong = first?.type === "paragraph" ? first.children?.[0] : first;
  if (strong?.type !== "strong") return undefined;
  const text = plainText(strong).replace(/\.$/, "");
  return text === "" ? undefined : text;
}

/**
 * Every section of a chapter's MDX tree with the <Scrolly> node it was read from, in document order.
 * Stops with a ContentError (file:line:column) on a step outside a section, a step naming another chart
 * than its section's, a section inside a section, a missing id or state, two steps with one id, and,
 * given `charts`, a chart or state that does not exist.
 */
export function storySectionNodes(tree: TreeNode, file: SourceFile, charts?: ChartStates): { section: StorySection; node: TreeNode }[] {
  const found: { section: StorySection; node: TreeNode }[] = [];
  const stepLines = new Map<string, number | string>();
  let heading: string | undefined;
  let order = 0;

  const readStep = (node: TreeNode, inSection: StorySection | undefined) => {
    const id = literalAttribute(node, "id");
    const tag = `<Step id="${id ?? ""}">`;
    const stepId = requiredLiteral(file, node, tag, "id", "has no id; the id is the step's deep link");
    if (!inSection) throw new ContentError(file, node, `${tag} is not inside a <Scrolly>; a step shows the chart of the section it is in`);
    const chart = literalAttribute(node, "chart");
    if (chart !== undefined && chart !== inSection.chart) {
      throw new ContentError(
        file,
        node,
        `${tag} names chart ${chart === null ? "{…}" : `"${chart}"`}, but its <Scrolly> shows "${inSection.chart}"; leave chart= out: a step shows its section's chart`,
      );
    }
    const state = requiredLiteral(file, node, tag, "state", `names no state; its section's chart is "${inSection.chart}"`);
    const problem = chartStateProblem(charts, inSection.chart, state);
    if (problem) throw new ContentError(file, node, `${tag} ${problem}`);
    const first = stepLines.get(stepId);
    if (first !== undefined) {
      throw new ContentError(file, node, `${tag} repeats the id of the step on line ${first}; step ids are deep links and must be unique`);
    }
    stepLines.set(stepId, node.position?.start.line ?? "?");
    inSection.steps.push({ id: stepId, chart: inSection.chart, state, label: leadIn(node) ?? stepId, order: order++ });
  };

  const walk = (node: TreeNode, inSection: StorySection | undefined) => {
    if (node.type === "heading" && node.depth === 2) heading = plainText(node);
    if (isJsxElement(node, "Step")) readStep(node, inSection);
    let section = inSection;
    if (isJsxElement(node, "Scrolly")) {
      if (inSection) throw new ContentError(file, node, "<Scrolly> is inside another <Scrolly>; sections do not nest");
      const chart = requiredLiteral(
        file,
        node,
        "<Scrolly>",
        "chart",
        `names no chart${charts ? `; charts are ${Object.keys(charts).join(", ")}` : ""}`,
      );
      const state = requiredLiteral(file, node, "<Scrolly>", "state", `names no state; it is the state shown before the first step`);
      const problem = chartStateProblem(charts, chart, state);
      if (problem) throw new ContentError(file, node, `<Scrolly> ${problem}`);
      section = { chart, state, heading, changes: false, steps: [] };
      found.push({ section, node });
    }
    for (const child of node.children ?? []) walk(child, section);
  };
  walk(tree, undefined);

  for (const { section } of found) section.changes = new Set(section.steps.map((s) => s.state)).size > 1;
  return found;
}

/** Every section of a chapter's MDX tree, in document order (see storySectionNodes for what stops it). */
export function readStory(tree: TreeNode, file: SourceFile, charts?: ChartStates): StorySection[] {
  return storySectionNodes(tree, file, charts).map(({ section }) => section);
}

/** Every section of an MDX source, parsed whole (frontmatter included, so messages give the file's own lines). */
export function parseStory(source: string, file: SourceFile, charts?: ChartStates): StorySection[] {
  return readStory(mdxToMdast(source) as TreeNode, file, charts);
}

/** Every section of an MDX file on disk (a path relative to the working directory, or absolute). */
export function readStoryFile(path: string, charts?: ChartStates): StorySection[] {
  return parseStory(readFileSync(path, "utf8"), { path }, charts);
}

/** Whether a node is or holds a <Step>. */
const holdsStep = (node: TreeNode): boolean => isJsxElement(node, "Step") || (node.children ?? []).some(holdsStep);

/**
 * A <Scrolly> node as the page compiles it: each step in it given its section's chart (the `chart` prop
 * of Step.astro), and the section told whether its steps change the chart (the `changes` prop of Scrolly.astro).
 * Only the section, its steps and the nodes between them are new objects: everything else is the node it was,
 * so the compiler keeps its place in the file (a later check naming a line inside a step still can).
 */
export function withSectionProps(scrolly: TreeNode, section: StorySection): TreeNode {
  const complete = (node: TreeNode): TreeNode => {
    if (isJsxElement(node, "Step")) {
      if (literalAttribute(node, "chart") !== undefined) return node;
      const attributes = [...(node.attributes ?? []), { type: "mdxJsxAttribute", name: "chart", value: section.chart }];
      return { ...node, attributes, children: node.children };
    }
    return node.children?.some(holdsStep) ? { ...node, children: node.children.map(complete) } : node;
  };
  const attributes = (scrolly.attributes ?? []).filter((a) => a.name !== "changes");
  if (section.changes) attributes.push({ type: "mdxJsxAttribute", name: "changes", value: null });
  return { ...scrolly, attributes, children: (scrolly.children ?? []).map(complete) };
}
