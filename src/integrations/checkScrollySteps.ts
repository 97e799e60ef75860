import { fileURLToPath } from "node:url";
import { chartDefinitions } from "../charts/chartDefinitions.ts";
import type { TreeNode } from "../data/mdxTree.ts";
import { storySectionNodes, withSectionProps } from "../data/storySteps.ts";
import type { MdastPlugin } from "./satteriPlugins.ts";

/**
 * The story parser (src/data/storySteps.ts) as a Markdown processor plugin: it runs on each MDX file while
 * it compiles. A step outside a section or naming another chart than its section's, a chart or state that
 * does not exist, or two steps with one id stop the build naming the file, line and column. Then each
 * <Scrolly> is compiled with what the parser read: its steps get its chart, and it learns whether they change it.
 */
export const checkScrollySteps: MdastPlugin = {
  name: "check-scrolly-steps",
  options: { position: true },
  before(root, ctx) {
    const file = { path: ctx.fileURL && fileURLToPath(ctx.fileURL) };
    for (const { section, node } of storySectionNodes(root as unknown as TreeNode, file, chartDefinitions)) {
      type Replace = Parameters<typeof ctx.replaceNode>;
      ctx.replaceNode(node as unknown as Replace[0], withSectionProps(node, section) as unknown as Replace[1]);
    }
  },
};
