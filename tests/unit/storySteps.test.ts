import { readdirSync, readFileSync } from "node:fs";
import { mdxToMdast } from "satteri";
import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import type { TreeNode } from "../../src/data/mdxTree.ts";
import { parseStory, readStoryFile, storySectionNodes, withSectionProps } from "../../src/data/storySteps.ts";

const file = { path: "content/stories/example.mdx" };
const steps = (mdx: string) => parseStory(mdx, file, chartDefinitions).flatMap((s) => s.steps);

/** One section written in the house style: attributes in the usual order, one step per block, bold lead-ins. */
const HOUSE_STYLE = `## The tilt

<Scrolly chart="partner-shares" state="long-view">

<Step id="the-long-view" state="long-view">

**The long view.** Three decades of trade.

</Step>

<Step id="the-2013-moment" state="moment-2013">

**2013.** The year of the deals.

</Step>

<Step id="the-2014-fall" state="fall-2014">A step with no lead-in.</Step>

</Scrolly>
`;

/** The same section written every other way MDX allows: attributes reordered, tags over several lines, self-closing, odd spacing. */
const WRITTEN_DIFFERENTLY = `## The tilt

<Scrolly   state="long-view"
   chart="partner-shares" >

<Step state="long-view" id="the-long-view">
**The long view.** Three decades of trade.
</Step>

<Step
  state="moment-2013"
  id="the-2013-moment"
>

**2013.** The year of the deals.

</Step>

<Step id='the-2014-fall'    state="fall-2014"
>A step with no lead-in.</Step>

</Scrolly>
`;

describe("the story parser", () => {
  it("reads each section's chart and each step's id, state, lead-in and place, the step taking its section's chart", () => {
    expect(parseStory(HOUSE_STYLE, file, chartDefinitions)).toEqual([
      {
        chart: "partner-shares",
        state: "long-view",
        heading: "The tilt",
        changes: true,
        steps: [
          { id: "the-long-view", chart: "partner-shares", state: "long-view", label: "The long view", order: 0 },
          { id: "the-2013-moment", chart: "partner-shares", state: "moment-2013", label: "2013", order: 1 },
          { id: "the-2014-fall", chart: "partner-shares", state: "fall-2014", label: "the-2014-fall", order: 2 },
        ],
      },
    ]);
  });

  it("finds the same steps however the tags are written: attribute order, line breaks, spacing, quotes", () => {
    expect(steps(WRITTEN_DIFFERENTLY)).toEqual(steps(HOUSE_STYLE));
  });

  it("reads a self-closing step, and one nested deeper in its section", () => {
    const mdx = `<Scrolly chart="gdp-growth" state="the-2014-slowdown">\n\n<Step id="a" state="the-2014-slowdown" />\n\n<div>\n\n<Step id="b" state="forecast-vs-outcome">**Nested.** Text.</Step>\n\n</div>\n\n</Scrolly>\n`;
    expect(steps(mdx).map((s) => [s.id, s.chart, s.state, s.label])).toEqual([
      ["a", "gdp-growth", "the-2014-slowdown", "a"],
      ["b", "gdp-growth", "forecast-vs-outcome", "Nested"],
    ]);
  });

  it("numbers steps through the whole chapter and says which sections change their chart", () => {
    const mdx = `${HOUSE_STYLE}\n<Scrolly chart="routes-map" state="route-2015">\n\n<Step id="the-new-railway" state="route-2015">Text.</Step>\n\n<Step id="the-railway-again" state="route-2015">Text.</Step>\n\n</Scrolly>\n`;
    const sections = parseStory(mdx, file, chartDefinitions);
    expect(sections.map((s) => s.changes)).toEqual([true, false]);
    expect(sections.flatMap((s) => s.steps.map((step) => step.order))).toEqual([0, 1, 2, 3, 4]);
  });

  it.each([
    [
      "a step naming another chart than its section's, naming file, line and step",
      `<Scrolly chart="partner-shares" state="long-view">\n\n<Step id="one" state="long-view">One.</Step>\n\n<Step id="two" chart="trade-turnover" state="long-view">Two.</Step>\n\n</Scrolly>\n`,
      'content/stories/example.mdx:5:1: <Step id="two"> names chart "trade-turnover", but its <Scrolly> shows "partner-shares"',
    ],
    [
      "a step outside any section",
      `Some words.\n\n<Step id="stray" state="long-view">Stray.</Step>\n`,
      'content/stories/example.mdx:3:1: <Step id="stray"> is not inside a <Scrolly>',
    ],
    [
      "a step with no id",
      `<Scrolly chart="partner-shares" state="long-view">\n\n<Step state="long-view">No id.</Step>\n\n</Scrolly>\n`,
      'content/stories/example.mdx:3:1: <Step id=""> has no id',
    ],
    [
      "a step whose id is an expression, which no index could read",
      `<Scrolly chart="partner-shares" state="long-view">\n\n<Step id={"x"} state="long-view">Computed.</Step>\n\n</Scrolly>\n`,
      'content/stories/example.mdx:3:1: <Step id=""> gives id= as an {expression}',
    ],
    [
      "a step with no state",
      `<Scrolly chart="partner-shares" state="long-view">\n\n<Step id="one">No state.</Step>\n\n</Scrolly>\n`,
      'content/stories/example.mdx:3:1: <Step id="one"> names no state',
    ],
    [
      "two steps with one id",
      `<Scrolly chart="partner-shares" state="long-view">\n\n<Step id="one" state="long-view">One.</Step>\n\n<Step id="one" state="moment-2013">Again.</Step>\n\n</Scrolly>\n`,
      'content/stories/example.mdx:5:1: <Step id="one"> repeats the id of the step on line 3',
    ],
    [
      "a section inside a section",
      `<Scrolly chart="partner-shares" state="long-view">\n\n<Scrolly chart="gdp-growth" state="now-2024">\n\n</Scrolly>\n\n</Scrolly>\n`,
      "content/stories/example.mdx:3:1: <Scrolly> is inside another <Scrolly>",
    ],
    [
      "a section naming a chart that does not exist",
      `<Scrolly chart="trade-balance" state="long-view">\n\n<Step id="one" state="long-view">One.</Step>\n\n</Scrolly>\n`,
      'content/stories/example.mdx:1:1: <Scrolly> names chart "trade-balance", which does not exist; charts are partner-shares',
    ],
    [
      "a step naming a state its section's chart does not have",
      `<Scrolly chart="partner-shares" state="long-view">\n\n<Step id="one" state="moment-2031">One.</Step>\n\n</Scrolly>\n`,
      'content/stories/example.mdx:3:1: <Step id="one"> names state "moment-2031", which chart "partner-shares" does not have',
    ],
  ])("stops on %s", (_mistake, mdx, message) => {
    expect(() => parseStory(mdx, file, chartDefinitions)).toThrow(message);
  });

  it("gives the file's own line numbers, frontmatter included", () => {
    const mdx = `---\ntitle: "A"\n---\n\n<Scrolly chart="partner-shares" state="long-view">\n\n<Step id="one" chart="gdp-growth" state="long-view">One.</Step>\n\n</Scrolly>\n`;
    expect(() => parseStory(mdx, file)).toThrow("content/stories/example.mdx:7:1:");
  });

  it("compiles each section with its chart on every step, and with `changes` only where its steps change it", () => {
    const tree = mdxToMdast(
      `${HOUSE_STYLE}\n<Scrolly chart="routes-map" state="route-2015" changes>\n\n<Step id="x" state="route-2015" />\n\n</Scrolly>\n`,
    ) as TreeNode;
    const compiled = storySectionNodes(tree, file).map(({ node, section }) => withSectionProps(node, section));
    const props = (node: TreeNode) => Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value]));
    const stepsOf = (node: TreeNode): TreeNode[] =>
      (node.children ?? []).flatMap((child) => (child.name === "Step" ? [child] : stepsOf(child)));
    expect(compiled.map(props)).toEqual([
      { chart: "partner-shares", state: "long-view", changes: null },
      { chart: "routes-map", state: "route-2015" },
    ]);
    expect(compiled.flatMap(stepsOf).map(props)).toEqual([
      { id: "the-long-view", state: "long-view", chart: "partner-shares" },
      { id: "the-2013-moment", state: "moment-2013", chart: "partner-shares" },
      { id: "the-2014-fall", state: "fall-2014", chart: "partner-shares" },
      { id: "x", state: "route-2015", chart: "routes-map" },
    ]);
  });

  it("keeps every node inside a step as it was, so later checks can still name its line", () => {
    const tree = mdxToMdast(HOUSE_STYLE) as TreeNode;
    const { node, section } = storySectionNodes(tree, file)[0]!;
    const before = node.children!.filter((c) => c.name === "Step").map((step) => step.children![0]);
    const after = withSectionProps(node, section)
      .children!.filter((c) => c.name === "Step")
      .map((step) => step.children![0]);
    expect(after).toHaveLength(3);
    after.forEach((child, i) => expect(child).toBe(before[i]));
  });
});

describe("the chapters", () => {
  const chapters = readdirSync("content/stories").map((name) => `content/stories/${name}`);

  it.each(chapters)("%s: every <Step tag in the file is a step the parser reads, and none names its chart", (path) => {
    const source = readFileSync(path, "utf8");
    const parsed = readStoryFile(path, chartDefinitions).flatMap((s) => s.steps);
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.length).toBe(source.match(/<Step\b/g)?.length);
    expect(source.match(/<Step\b[^>]*\schart=/g) ?? []).toEqual([]);
  });
});
