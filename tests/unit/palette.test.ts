import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  rgb,
  wcagContrast,
  type Color,
} from "culori";
import { partnerColors, schemeBackgrounds } from "../../src/charts/partnerColors.ts";
import { measureColors, measurePairs } from "../../src/charts/measureColors.ts";

const schemes = ["light", "dark"] as const;
const partners = Object.keys(partnerColors) as (keyof typeof partnerColors)[];
/** The whole stylesheet, its files in the order global.css imports them. */
const css = [...readFileSync("src/styles/global.css", "utf8").matchAll(/@import "\.\/([^"]+)"/g)]
  .map((m) => readFileSync(`src/styles/${m[1]}`, "utf8"))
  .join("\n");
const darkBlock = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
const token = (block: string, name: string) => block.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`))?.[1];

const parsed = (hex: string): Color => {
  const color = rgb(hex);
  if (!color) throw new Error(`not a colour: ${hex}`);
  return color;
};

/** Simulated colour vision: typical, and the three dichromacies at full severity. */
const deficiencies: Record<string, (hex: string) => Color> = {
  typical: parsed,
  protanopia: (hex) => filterDeficiencyProt(1)(parsed(hex)),
  deuteranopia: (hex) => filterDeficiencyDeuter(1)(parsed(hex)),
  tritanopia: (hex) => filterDeficiencyTrit(1)(parsed(hex)),
};
const difference = differenceCiede2000();

describe("partnerColors", () => {
  it.each(schemes)("paint text and marks at 4.5:1 or more against the %s page", (scheme) => {
    for (const partner of partners) {
      expect(wcagContrast(partnerColors[partner][scheme], schemeBackgrounds[scheme]), partner).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("match the stylesheet's --series-* tokens and page backgrounds in both schemes", () => {
    for (const partner of partners) {
      expect(token(css, `series-${partner}`), partner).toBe(partnerColors[partner].light);
      expect(token(darkBlock, `series-${partner}`), partner).toBe(partnerColors[partner].dark);
    }
    expect(token(css, "bg")).toBe(schemeBackgrounds.light);
    expect(token(darkBlock, "bg")).toBe(schemeBackgrounds.dark);
  });

  it.each(Object.entries(deficiencies))("stay distinct from each other under %s", (_name, simulate) => {
    for (const scheme of schemes) {
      for (const [i, a] of partners.entries()) {
        for (const b of partners.slice(i + 1)) {
          const seen = difference(simulate(partnerColors[a][scheme]), simulate(partnerColors[b][scheme]));
          expect(seen, `${scheme}: ${a} vs ${b}`).toBeGreaterThan(12);
        }
      }
    }
  });
});

describe("page text colours", () => {
  it.each(schemes)("reach 4.5:1 against the %s page", (scheme) => {
    const block = scheme === "light" ? css : darkBlock;
    for (const name of ["fg", "muted", "accent"]) {
      expect(wcagContrast(token(block, name)!, token(block, "bg")!), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(schemes)("draw axes and reference lines at 3:1 against the %s page", (scheme) => {
    const block = scheme === "light" ? css : darkBlock;
    expect(wcagContrast(token(block, "axis")!, token(block, "bg")!)).toBeGreaterThanOrEqual(3);
  });
});

describe("measureColors (series that are not partners)", () => {
  const roles = Object.keys(measureColors) as (keyof typeof measureColors)[];

  it.each(schemes)("paint text and marks at 4.5:1 or more against the %s page", (scheme) => {
    for (const role of roles) {
      expect(wcagContrast(measureColors[role][scheme], schemeBackgrounds[scheme]), role).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("match the stylesheet's --series-* tokens in both schemes", () => {
    for (const role of roles) {
      expect(token(css, `series-${role}`), role).toBe(measureColors[role].light);
      expect(token(darkBlock, `series-${role}`), role).toBe(measureColors[role].dark);
    }
  });

  it("have a tint class for every role", () => {
    for (const role of roles) expect(css, role).toMatch(new RegExp(`\\.tint-${role} \\{\\s*--c: var\\(--series-${role}\\);`));
  });

  it.each(Object.entries(deficiencies))("stay distinct from the role drawn beside them under %s", (_name, simulate) => {
    for (const scheme of schemes) {
      for (const [a, b] of measurePairs) {
        const seen = difference(simulate(measureColors[a][scheme]), simulate(measureColors[b][scheme]));
        expect(seen, `${scheme}: ${a} vs ${b}`).toBeGreaterThan(12);
      }
    }
  });
});
