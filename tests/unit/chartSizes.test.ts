import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";

/**
 * A chart can be asked to draw into a very small box (a phone turned sideways in presenter mode, a
 * hidden section): it may draw little, but never a size the browser rejects as an error.
 */
describe("every chart at any size", () => {
  it.each(Object.keys(chartDefinitions))("%s draws no negative or missing width, height or radius, down to 1 px", (id) => {
    const definition = chartDefinitions[id]!;
    const bad: string[] = [];
    for (const state of definition.states) {
      for (const width of [1, 100, 320, 568, 800]) {
        for (let height = 1; height < 240; height += 17) {
          for (const mark of definition.draw(state, { width, height }).marks) {
            for (const attr of ["width", "height", "r"]) {
              if (attr in mark.attrs && !(Number(mark.attrs[attr]) >= 0))
                bad.push(`${state} ${width}x${height} ${mark.key} ${attr}=${mark.attrs[attr]}`);
            }
          }
        }
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
