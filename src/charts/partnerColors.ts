import type { EditionCode } from "../i18n/editions.ts";

/** The partners the share charts draw a line for (the rest of Kazakhstan's trade is "rest-of-world"). */
export const shareSeriesPartners = ["eu27", "china", "russia", "rest-of-world"] as const;
export type SharePartner = (typeof shareSeriesPartners)[number];

/**
 * One colour per partner and colour scheme: red, blue, plum and grey, chosen so that every pair
 * stays distinct under simulated protanopia, deuteranopia and tritanopia, at 4.5:1 or more against
 * the page in both schemes, since the colours also paint the direct labels. The stylesheet mirrors these as
 * --series-* custom properties (a unit test keeps the two in step); the light values are also
 * written into the SVG so a chart copied out of the page keeps its colours.
 */
export const partnerColors: Record<SharePartner, { light: string; dark: string }> = {
  china: { light: "#c0392b", dark: "#ff8c7a" },
  russia: { light: "#0066a8", dark: "#92c5ff" },
  eu27: { light: "#6e2e4f", dark: "#96719e" },
  "rest-of-world": { light: "#747474", dark: "#c4c4c4" },
};

/** Page backgrounds the colours are checked against. */
export const schemeBackgrounds = { light: "#ffffff", dark: "#121417" } as const;

/** Each partner's name in English. */
export const partnerNames: Record<SharePartner, string> = {
  china: "China",
  russia: "Russia",
  eu27: "EU27",
  "rest-of-world": "Rest of world",
};

/**
 * Each partner's name as the charts write it, per edition: the termbase's names (content/i18n/terms.yaml) for
 * China, Russia and the EU27, and the edition's words for the rest. Build side: the charts' rows carry the
 * edition's names to the browser (their text.ts), so the browser's code reads none of these (English is the
 * object above, not read from here, so this one stays out of the chapters' scripts).
 */
export const partnerNamesIn: Readonly<Record<EditionCode, Record<SharePartner, string>>> = {
  en: partnerNames,
  ru: { china: "Китай", russia: "Россия", eu27: "ЕС-27", "rest-of-world": "Остальной мир" },
  kk: { china: "Қытай", russia: "Ресей", eu27: "ЕО-27", "rest-of-world": "Басқа елдер" },
};
