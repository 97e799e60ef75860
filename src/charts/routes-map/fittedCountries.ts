import { centralAsianStates, mapCountries } from "./countries.ts";

// What only the build needs of the map's countries: which it is fitted to and their English names. Apart from
// countries.ts, which the browser's chart code loads, so these do not ride along in it.

/** The map is fitted to Central Asia and China. */
export const fittedCountries: readonly string[] = [...centralAsianStates, mapCountries.china];

export const countryNames: Record<string, string> = {
  [mapCountries.kazakhstan]: "Kazakhstan",
  [mapCountries.china]: "China",
  [mapCountries.russia]: "Russia",
  [mapCountries.kyrgyzstan]: "Kyrgyzstan",
  [mapCountries.tajikistan]: "Tajikistan",
  [mapCountries.turkmenistan]: "Turkmenistan",
  [mapCountries.uzbekistan]: "Uzbekistan",
};
