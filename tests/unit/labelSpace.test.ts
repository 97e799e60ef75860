import { describe, expect, it } from "vitest";
import { aroundPoint, coveredMark, placeLabel, textBox } from "../../src/charts/labelSpace.ts";
import type { Mark } from "../../src/charts/marks.ts";

const label = (key: string, text: string, attrs: Mark["attrs"] = {}): Mark => ({
  key,
  tag: "text",
  text,
  attrs: { "font-size": 10, x: 0, y: 0, ...attrs },
});
const line = (key: string, d: string): Mark => ({ key, tag: "path", attrs: { class: "series", d, "stroke-width": 2 } });
const dot = (key: string, cx: number, cy: number): Mark => ({ key, tag: "circle", attrs: { class: "dot", cx, cy, r: 5 } });
const bounds = { left: 0, top: 0, right: 200, bottom: 200 };

describe("labelSpace", () => {
  it("estimates a text box from its anchor, font size and length", () => {
    const box = textBox(label("a", "0123456789", { x: 100, y: 50, "text-anchor": "end" }));
    expect(box.left).toBeCloseTo(45);
    expect(box.right).toBe(100);
    expect(box.top).toBeCloseTo(42.5);
    expect(box.bottom).toBeCloseTo(52.2);
    expect(textBox(label("a", "0123456789", { x: 100, y: 50, "text-anchor": "middle", "font-weight": 700 }))).toMatchObject({
      left: 70,
      right: 130,
    });
  });

  it("finds a line crossing a label, and a dot under it, but not a line the label names", () => {
    const across = line("line-russia", "M0,48L200,48");
    const own = line("line-china", "M0,48L200,48");
    const value = label("value-china", "12.4%", { x: 100, y: 50, "text-anchor": "end" });
    expect(coveredMark(value, textBox(value), [across])?.key).toBe("line-russia");
    expect(coveredMark(value, textBox(value), [own])).toBeUndefined();
    expect(coveredMark(value, textBox(value), [dot("dot-china", 90, 46)])?.key).toBe("dot-china");
    // A diagonal that passes beside the box, not through it.
    expect(coveredMark(value, textBox(value), [line("line-eu27", "M0,0L60,20")])).toBeUndefined();
  });

  it("takes the first clear place beside a point, and leaves a label out where none is clear", () => {
    const marks = [dot("dot-china", 100, 100), line("line-russia", "M0,103L99,103")];
    const placed = placeLabel(label("value-china", "12.4%"), aroundPoint(100, 100, 10), marks, bounds);
    // Left of the dot is crossed by Russia's line: it goes right.
    expect(placed?.attrs).toMatchObject({ x: 108, "text-anchor": "start" });
    const walls = Array.from({ length: 40 }, (_, i) => line(`line-wall-${i}`, `M0,${i * 5}L200,${i * 5}`));
    expect(placeLabel(label("value-china", "12.4%"), aroundPoint(100, 100, 10), walls, bounds)).toBeUndefined();
  });
});
