// @vitest-environment happy-dom
import { easeCubicInOut as d3Ease } from "d3-ease";
import { select } from "d3-selection";
import { describe, expect, it } from "vitest";
import { easeCubicInOut } from "../../src/client/drawMarks.ts";
import { joinByKey } from "../../src/client/keyedJoin.ts";

/**
 * The browser's keyed join (src/client/keyedJoin.ts) against the d3-selection join it stands in for: the
 * same marks in the same places, the same elements kept, created and left to fade out.
 */
function random(seed: number): () => number {
  return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

/** A group of keyed elements, some keys repeated, with a few unkeyed elements among them (as axes groups are). */
function group(keys: readonly string[]): SVGGElement {
  const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
  for (const [i, key] of keys.entries()) {
    const element = document.createElementNS("http://www.w3.org/2000/svg", "path");
    element.setAttribute("data-key", key);
    element.setAttribute("data-n", String(i));
    g.append(element);
    if (i % 4 === 1) g.append(document.createElementNS("http://www.w3.org/2000/svg", "desc"));
  }
  return g;
}

/** The group's children as key:original-position, new elements as key:new. */
const layout = (g: Element) =>
  [...g.children].map((c) => `${c.getAttribute("data-key") ?? c.tagName}:${c.getAttribute("data-n") ?? "new"}`);
const names = (elements: Element[]) => elements.map((e) => `${e.getAttribute("data-key")}:${e.getAttribute("data-n") ?? "new"}`);

function d3Join(g: SVGGElement, items: string[]) {
  const entered: Element[] = [];
  const updated: Element[] = [];
  const exited: Element[] = [];
  select(g)
    .selectAll<SVGElement, string>("[data-key]")
    .data<string>(items, function (this: SVGElement | SVGGElement, item: string | undefined) {
      return item ?? this.getAttribute("data-key") ?? "";
    })
    .join(
      (enter) =>
        enter
          .append(() => document.createElementNS("http://www.w3.org/2000/svg", "path"))
          .attr("data-key", (item) => item)
          .each(function () {
            entered.push(this);
          }),
      (update) => update.each((_item, i, nodes) => updated.push(nodes[i]!)),
      (exit) => exit.each((_item, i, nodes) => exited.push(nodes[i]!)),
    )
    .order();
  return { entered, updated, exited };
}

describe("the keyed join, as d3-selection's join would do it", () => {
  const r = random(42);
  const pick = (n: number, from: number) => Array.from({ length: n }, () => `k${Math.floor(r() * from)}`);
  const cases: [string[], string[]][] = [
    [[], ["a", "b"]],
    [["a", "b", "c"], []],
    [
      ["a", "b", "c", "d"],
      ["d", "c", "b", "a"],
    ],
    [
      ["a", "b", "c"],
      ["x", "a", "y", "z", "c", "w"],
    ],
    [
      ["a", "a", "b"],
      ["b", "a", "a", "a"],
    ],
    ...Array.from({ length: 300 }, () => [pick(Math.floor(r() * 16), 12), pick(Math.floor(r() * 16), 12)] as [string[], string[]]),
  ];

  it.each(cases)("from %j to %j", (before, after) => {
    const ours = group(before);
    const theirs = group(before);
    const joined = joinByKey(
      ours,
      after,
      (k) => k,
      () => document.createElementNS("http://www.w3.org/2000/svg", "path"),
    );
    const reference = d3Join(theirs, after);
    expect(layout(ours)).toEqual(layout(theirs));
    expect(names(joined.entered.map(([e]) => e))).toEqual(names(reference.entered));
    expect(names(joined.updated.map(([e]) => e))).toEqual(names(reference.updated));
    expect(names(joined.exited)).toEqual(names(reference.exited));
    expect(joined.updated.map(([, item]) => item)).toEqual(reference.updated.map((e) => e.getAttribute("data-key")));
  });

  it("eases as d3-ease's easeCubicInOut", () => {
    for (let t = 0; t <= 1; t += 1 / 64) expect(easeCubicInOut(t)).toBe(d3Ease(t));
  });
});
