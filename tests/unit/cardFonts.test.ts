import { describe, expect, it } from "vitest";
import { chartById } from "../../src/charts/chartDefinitions.ts";
import { renderPng } from "../../src/social/renderPng.ts";
import { chartSizeInCard, socialCardSvg } from "../../src/social/socialCardSvg.ts";

/**
 * The link-preview cards draw every letter Kazakh adds to Cyrillic (ә ғ қ ң ө ұ ү һ і, and their capitals), in the
 * title (bold) and the source line (regular), with the renderer's own fonts: a letter the font lacked would be drawn as
 * its fallback box (.notdef), exactly as a code point no font has is drawn. So each card with one of these letters
 * must differ, pixel for pixel, from the same card with that letter replaced by such a code point.
 */
const KAZAKH = [..."әғқңөұүһіӘҒҚҢӨҰҮҺІ"];
/** A code point no font carries (a supplementary private use one): drawn as .notdef. */
const MISSING = "\u{10FFFD}";
const title = (letter: string) => `Қазақстан саудасы ${letter} Ресейден Қытайға`;
const source = (letter: string) => `Дереккөз: Ұлттық статистика бюросы ${letter}. Қазақстан саудасының бет бұрысы.`;
const model = chartById("trade-turnover").draw("long-view", chartSizeInCard(title("ә")), undefined, "kk");
const card = (letter: string) => renderPng(socialCardSvg({ title: title(letter), model, source: source(letter) }));

describe("renderPng(svg): link-preview cards draw Kazakh letters", () => {
  const fallback = card(MISSING);

  it("tells a fallback box from a letter (two code points no font has draw the same card)", () => {
    expect(card("\u{10FFFC}").equals(fallback)).toBe(true);
    expect(card("a").equals(fallback)).toBe(false);
  });

  it.each(KAZAKH)("draws %s as a letter, not a fallback box", (letter) => {
    expect(card(letter).equals(fallback), `${letter} (U+${letter.codePointAt(0)!.toString(16).toUpperCase()}) is drawn as .notdef`).toBe(
      false,
    );
  });
});
