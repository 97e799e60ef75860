import { describe, expect, it } from "vitest";
import { dropDoubledStops } from "../../src/integrations/figureStops.ts";

describe("dropDoubledStops: a figure ending on an abbreviation ends its sentence", () => {
  it("drops the sentence's stop after a figure whose words end with one", () => {
    expect(dropDoubledStops('в 2023 году <data class="figure" value="1">14,7 млрд долл.</data>. Дальше')).toBe(
      'в 2023 году <data class="figure" value="1">14,7 млрд долл.</data> Дальше',
    );
  });

  it("keeps every other stop: after a figure without one, inside the figure, and an ellipsis", () => {
    for (const html of ['<data value="1">$14.7bn</data>.', '<data value="1">14,7 млрд долл.</data>, и', '<data value="1">долл.</data>...'])
      expect(dropDoubledStops(html)).toBe(html);
  });
});
