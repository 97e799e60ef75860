import { describe, expect, it } from "vitest";
import { routesMapChart } from "../../src/charts/routes-map/draw.ts";
import { dataset } from "../../src/data/dataset.ts";
import { routesMap } from "../../src/charts/routes-map/data.ts";
import { CARD_FILLED_CLASSES, sourceLines, titleLayout, withoutNonScalingStrokes } from "../../src/social/socialCardSvg.ts";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { chartSourceList } from "../../src/charts/chartSources.ts";
import { t } from "../../src/i18n/ui.ts";
import type { Mark } from "../../src/charts/marks.ts";

describe("withoutNonScalingStrokes(marks)", () => {
  it("divides a scaled path's stroke width and dashes by its scale, since resvg ignores vector-effect", () => {
    const mark: Mark = {
      key: "route",
      tag: "path",
      attrs: {
        d: "M0,0L100,0",
        transform: "matrix(0.5 0 0 0.5 10 20)",
        "vector-effect": "non-scaling-stroke",
        "stroke-width": 3,
        "stroke-dasharray": "7 4",
      },
    };
    expect(withoutNonScalingStrokes([mark])).toEqual([
      {
        key: "route",
        tag: "path",
        attrs: { d: "M0,0L100,0", transform: "matrix(0.5 0 0 0.5 10 20)", "stroke-width": 6, "stroke-dasharray": "14 8" },
      },
    ]);
  });

  it("leaves other marks as they are, and refuses a transform it cannot undo", () => {
    const plain: Mark = { key: "line", tag: "line", attrs: { x1: 0, x2: 1, y1: 0, y2: 1, "stroke-width": 3 } };
    expect(withoutNonScalingStrokes([plain])).toEqual([plain]);
    expect(() =>
      withoutNonScalingStrokes([
        { key: "odd", tag: "path", attrs: { d: "M0,0", transform: "matrix(1 0 0 2 0 0)", "vector-effect": "non-scaling-stroke" } },
      ]),
    ).toThrow(/uniform/);
  });

  it("leaves no non-scaling stroke in the routes map's card", () => {
    const marks = withoutNonScalingStrokes(routesMapChart(routesMap(dataset()), "overview", { width: 1104, height: 470 }).marks);
    expect(marks.filter((m) => "vector-effect" in m.attrs)).toEqual([]);
    expect(marks.find((m) => m.key === "route-lianyungang-almaty")!.attrs["stroke-width"]).toBeGreaterThan(3);
  });
});

describe("link-preview cards", () => {
  it("paint no shape black by default: every shape without a fill has a class the card's style fills", () => {
    const unfilled = Object.entries(chartDefinitions).flatMap(([chart, definition]) =>
      definition.states.flatMap((state) =>
        definition
          .draw(state, { width: 1104, height: 470 })
          .marks.filter((m) => ["rect", "path", "circle", "polygon", "ellipse"].includes(m.tag) && m.attrs.fill === undefined)
          .filter(
            (m) =>
              !String(m.attrs.class ?? "")
                .split(/\s+/)
                .some((c) => CARD_FILLED_CLASSES.has(c)),
          )
          .map((m) => `${chart}/${state}: ${m.key} (${m.attrs.class ?? "no class"})`),
      ),
    );
    expect(unfilled).toEqual([]);
  });

  it("give the whole source line: one line where it fits, else two, never past the card's edge", () => {
    expect(sourceLines("Source: World Bank. Kazakhstan's trade tilt.")).toEqual({
      lines: ["Source: World Bank. Kazakhstan's trade tilt."],
      fontSize: 18,
    });
    const long =
      "Source: IMF Direction of Trade Statistics; Bureau of National Statistics of Kazakhstan; IMF Direction of Trade Statistics, China as reporter. Kazakhstan's trade tilt.";
    const { lines, fontSize } = sourceLines(long);
    expect(lines.join(" ")).toBe(long);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(line.length * fontSize * 0.6).toBeLessThanOrEqual(1200 - 2 * 48);
  });

  it.each(["en", "ru", "kk"] as const)(
    "%s: every chart card's own source line, the routes map's five sources too, fits the card",
    (code) => {
      for (const chart of Object.keys(chartDefinitions)) {
        const source = t(code, "preview.source", {
          sources: chartSourceList(chart, { releases: false, edition: code }).text,
          site: t(code, "site.name"),
        });
        const { lines, fontSize } = sourceLines(source);
        expect(lines.join(" "), chart).toBe(source);
        // DejaVu Sans: about 0.6 em a Latin character; its Cyrillic letters measured 0.66 em, taken here as 0.69.
        for (const line of lines)
          expect(
            [...line].reduce((w, c) => w + (/\p{Script=Cyrillic}/u.test(c) ? 0.69 : 0.6), 0) * fontSize,
            `${chart}: ${line}`,
          ).toBeLessThanOrEqual(1200 - 2 * 48);
      }
    },
  );
});

describe("titleLayout(title): a card's title fits the card in every edition", () => {
  const kk = "Қазақстан кіммен сауда жасайды: серіктестер бойынша экспорттағы немесе импорттағы үлес (Қытайдың деректері)";
  it("keeps a long translated title whole, the reporter at its end, smaller and on up to three lines", () => {
    const { size, lines } = titleLayout(kk);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(" ")).toBe(kk);
    expect(size).toBeLessThan(40);
  });
  it("breaks Cyrillic sooner than Latin, so no line runs past the card at its size (DejaVu Sans Bold, about 0.66 em a letter)", () => {
    const { size, lines } = titleLayout(kk);
    for (const line of lines) expect([...line].length * size * 0.66, line).toBeLessThanOrEqual(1200 - 2 * 48);
  });
  it("leaves an English title that fits at 40 px as it was", () => {
    expect(titleLayout("Kazakhstan's real GDP growth, per cent a year")).toEqual({
      size: 40,
      lines: ["Kazakhstan's real GDP growth, per cent a year"],
    });
  });
});
