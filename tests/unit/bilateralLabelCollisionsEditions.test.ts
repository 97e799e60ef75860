import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { bandsOverWords, collisions, farFigures, furtherOut, plotSizes, switchPlotSizes } from "./labelChecks.ts";

/**
 * The bilateral-trade charts in Russian and Kazakh, at every size the page draws them (labelCollisions.test.ts
 * checks English): their labels run about a third longer, and must still meet nothing, stay by their points or
 * say what they are, lie above the bands and run no further off the drawing than the English.
 */
const charts = ["trade-turnover", "partner-shares", "import-shares"] as const;
const cases = (["ru", "kk"] as const).flatMap((edition) =>
  charts.flatMap((chart) => {
    const definition = chartDefinitions[chart]!;
    return definition.reporters.flatMap((reporter) =>
      definition.states.flatMap((state) =>
        Object.entries({ ...plotSizes, ...switchPlotSizes }).map(([where, size]) => ({
          edition,
          chart,
          reporter,
          state,
          where,
          draw: () => definition.draw(state, size, reporter, edition),
          english: () => definition.draw(state, size, reporter, "en"),
        })),
      ),
    );
  }),
);

describe("the bilateral-trade charts' labels in Russian and Kazakh", () => {
  it.each(cases)(
    "$edition $chart ($reporter), $state, at $where: is drawn in the edition's words (its axis title in Cyrillic)",
    ({ draw }) => {
      expect(draw().marks.find((m) => m.key === "ytitle")?.text).toMatch(/^[^A-Za-z]*\p{Script=Cyrillic}[^A-Za-z]*$/u);
    },
  );
  it.each(cases)("$edition $chart ($reporter), $state, at $where: no label over another or over a mark it does not name", ({ draw }) => {
    expect(collisions(draw())).toEqual([]);
  });
  it.each(cases)("$edition $chart ($reporter), $state, at $where: a figure away from its point names whose and which year", ({ draw }) => {
    expect(farFigures(draw())).toEqual([]);
  });
  it.each(cases)("$edition $chart ($reporter), $state, at $where: no shaded band over a label", ({ draw }) => {
    expect(bandsOverWords(draw())).toEqual([]);
  });
  // At the sizes a reader meets these charts (the plot under the switch, the static and no-script copies, the tablet).
  const seen = cases.filter(({ where }) => /switch|static|no-script|tablet/.test(where));
  it.each(seen)(
    "$edition $chart ($reporter), $state, at $where: leaves out no label the English draws (a longer one that finds no place)",
    ({ draw, english }) => {
      const keys = (model: ReturnType<typeof draw>) => model.marks.filter((m) => m.tag === "text").map((m) => m.key);
      expect(keys(english()).filter((key) => !keys(draw()).includes(key))).toEqual([]);
    },
  );
  it.each(cases)(
    "$edition $chart ($reporter), $state, at $where: no label runs further past the drawing's edge than its English",
    ({ draw, english }) => {
      expect(furtherOut(draw(), english())).toEqual([]);
    },
  );
});
