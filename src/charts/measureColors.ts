/**
 * Colours for series that are not trade partners, one per role and colour scheme. Two hues,
 * teal and orange, are enough: every chart shows at most two of these roles together, and the
 * pairs that meet (listed in measurePairs) stay distinct under simulated protanopia,
 * deuteranopia and tritanopia. Each paints text too, so each reaches 4.5:1 against the page in
 * both schemes. The stylesheet mirrors them as --series-* tokens (tests/unit/palette.test.ts);
 * the light values are written into the SVG so a chart copied out of the page keeps its colours.
 * The articles keep one hue each across charts: 2015 teal, 2018 orange.
 */
const teal = { light: "#00766c", dark: "#4cc9b8" };
const orange = { light: "#a8530a", dark: "#f0a35e" };

export const measureColors = {
  "wb-wdi": teal,
  "imf-weo": orange,
  "ores-metals": teal,
  fuel: orange,
  "article-2015": teal,
  "article-2018": orange,
} as const satisfies Record<string, { light: string; dark: string }>;

export type MeasureRole = keyof typeof measureColors;

/** Roles drawn together in one chart, which must look different from each other. */
export const measurePairs: readonly (readonly [MeasureRole, MeasureRole])[] = [
  ["wb-wdi", "imf-weo"],
  ["fuel", "ores-metals"],
  ["article-2015", "article-2018"],
];
