import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

/**
 * The fonts the cards are drawn with: DejaVu Sans (npm dejavu-fonts-ttf), regular and bold. It carries Latin,
 * Cyrillic and the Cyrillic letters Kazakh adds (ә ғ қ ң ө ұ ү һ і, tests/unit/cardFonts.test.ts checks each draws).
 */
export const CARD_FONT_FILES = [join(fontDir, "DejaVuSans.ttf"), join(fontDir, "DejaVuSans-Bold.ttf")];

/** Rasterises SVG to PNG with the fonts shipped in dejavu-fonts-ttf, never the machine's, so every build draws the same pixels. */
export function renderPng(svg: string, fontFiles: readonly string[] = CARD_FONT_FILES): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [...fontFiles],
      loadSystemFonts: false,
      defaultFontFamily: "DejaVu Sans",
    },
  });
  return resvg.render().asPng();
}
