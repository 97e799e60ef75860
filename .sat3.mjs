import { mdxToJs } from "satteri";
import { readFileSync } from "node:fs";
for (const f of ["the-tilt", "the-reassurance", "where-things-stand"]) {
const src = readFileSync(`content/stories/${f}.mdx`, "utf8");
const walk = (n, fn) => { fn(n); for (const c of n.children ?? []) walk(c, fn); };
const mapSteps = (n) => n.type === "mdxJsxFlowElement" && n.name === "Step"
  ? { ...n, attributes: n.attributes.filter(a => a.name !== "chart"), children: n.children?.map(mapSteps) }
  : n.children ? { ...n, children: n.children.map(mapSteps) } : n;
const plugin = {
  name: "t",
  before(root, ctx) {
    walk(root, (n) => { if (n.type === "mdxJsxFlowElement" && n.name === "Scrolly") ctx.replaceNode(n, mapSteps(n)); });
  },
};
const a = mdxToJs(src).code;
const b = mdxToJs(src, { mdastPlugins: [plugin] }).code;
const strip = (s) => s.replace(/\n\s*chart: "[a-z-]+",?/g, "");
console.log(f, a === b, strip(a) === strip(b), a.length, b.length);
if (strip(a) !== strip(b)) { const x = strip(a), y = strip(b); let i = 0; while (x[i] === y[i]) i++; console.log(x.slice(i-200, i+200), "\n-----\n", y.slice(i-200, i+200)); }
}
