import { expect, test } from "@playwright/test";
import { TRANSLATIONS } from "./sitePages.ts";

/**
 * The Kazakh edition's charts draw every letter Kazakh adds to Cyrillic (ә ғ қ ң ө ұ ү һ і, and their capitals) in
 * the font the browser gives the chart's labels: a letter no font on the reader's system had would be drawn as its
 * fallback box (.notdef), exactly as a code point no font has is drawn. So, in the chart labels' own font, each letter
 * must draw pixels that differ from those of such a code point. (The link-preview cards: tests/unit/cardFonts.test.ts.)
 */
const KAZAKH = [..."әғқңөұүһіӘҒҚҢӨҰҮҺІ"];

test("the Kazakh edition's chart labels draw each Kazakh letter, not a fallback box", { tag: "@once" }, async ({ page }) => {
  test.skip(!TRANSLATIONS.some((e) => e.lang === "kk"), "no Kazakh edition in this build");
  await page.goto("kk/chapters/the-tilt/");
  const label = page.locator("figure.chart svg text").first();
  await expect(label).toBeAttached();
  const boxes = await label.evaluate((text, letters) => {
    const style = getComputedStyle(text);
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 48;
    const context = canvas.getContext("2d", { willReadFrequently: true })!;
    context.font = `${style.fontWeight} 32px ${style.fontFamily}`;
    const draw = (letter: string) => {
      context.clearRect(0, 0, 48, 48);
      context.fillText(letter, 4, 36);
      return Array.from(context.getImageData(0, 0, 48, 48).data).join();
    };
    const fallback = draw("\u{10FFFD}");
    return { sane: draw("\u{10FFFC}") === fallback && draw("a") !== fallback, boxed: letters.filter((l) => draw(l) === fallback) };
  }, KAZAKH);
  expect(boxes.sane, "two code points no font has draw alike, and a letter differs from them").toBe(true);
  expect(boxes.boxed).toEqual([]);
});
