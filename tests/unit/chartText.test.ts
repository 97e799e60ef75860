import { describe, expect, it } from "vitest";
import { editionTexts, fill } from "../../src/charts/chartText.ts";

describe("a chart's words per edition", () => {
  const en = { axis: "Share of exports", legend: { china: "China", russia: "Russia" } };
  it("pass when every edition has every key", () => {
    const texts = { en, ru: { axis: "Доля экспорта", legend: { china: "Китай", russia: "Россия" } }, kk: en };
    expect(editionTexts("src/charts/x/text.ts", texts)).toBe(texts);
  });
  it("stop the build naming the file and the missing or empty key", () => {
    const texts = { en, ru: { axis: "Доля экспорта", legend: { china: "Китай" } }, kk: { ...en, axis: " " } };
    expect(() => editionTexts("src/charts/x/text.ts", texts as never)).toThrow(
      "src/charts/x/text.ts: no text for ru.legend.russia, kk.axis",
    );
  });
  it("fill placeholders and leave unknown ones visible", () => {
    expect(fill("{partner}: {value}", { partner: "Китай", value: "17,2 %" })).toBe("Китай: 17,2 %");
    expect(fill("{missing}", {})).toBe("{missing}");
  });
});
