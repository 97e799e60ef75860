import type { SharePartner } from "../data/partnerShares.ts";

/**
 * One colour per partner, from the Okabe-Ito family (distinct under the common colour-vision
 * deficiencies), darkened to at least 3:1 against the page. Lines also differ by direct label
 * and, for the residual, by dash.
 */
export const partnerColors: Record<SharePartner, string> = {
  china: "#c0392b",
  russia: "#0066a8",
  eu27: "#00805d",
  "rest-of-world": "#6b6b6b",
};

export const partnerNames: Record<SharePartner, string> = {
  china: "China",
  russia: "Russia",
  eu27: "EU27",
  "rest-of-world": "Rest of world",
};
