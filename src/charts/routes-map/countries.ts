/**
 * The countries the routes map names, by ISO 3166-1 numeric code (the ids Natural Earth's
 * TopoJSON uses). Kept apart from the shaper so the chart can use them in the browser without
 * pulling in the world atlas.
 */
export const mapCountries = {
  kazakhstan: "398",
  china: "156",
  russia: "643",
  kyrgyzstan: "417",
  tajikistan: "762",
  turkmenistan: "795",
  uzbekistan: "860",
} as const;

/** The five Central Asian states the 2018 train was to cross. */
export const centralAsianStates: readonly string[] = [
  mapCountries.kazakhstan,
  mapCountries.kyrgyzstan,
  mapCountries.tajikistan,
  mapCountries.turkmenistan,
  mapCountries.uzbekistan,
];
