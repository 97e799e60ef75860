import { describe, expect, it } from "vitest";
import { renderSvgMarks } from "../../src/charts/renderSvgMarks.ts";

describe("renderSvgMarks(marks)", () => {
  it.each([
    [[{ key: "a", tag: "line", attrs: { x1: 0, x2: 10 } }], '<line data-key="a" x1="0" x2="10"/>'],
    [[{ key: "t", tag: "text", attrs: { x: 1 }, text: "EU & <China>" }], '<text data-key="t" x="1">EU &amp; &lt;China&gt;</text>'],
    [[{ key: 'q"', tag: "path", attrs: { d: 'M0,0"' } }], '<path data-key="q&quot;" d="M0,0&quot;"/>'],
  ] as const)("serialises %j", (marks, svg) => {
    expect(renderSvgMarks(marks.map((m) => ({ ...m, attrs: { ...m.attrs } })))).toBe(svg);
  });
});
