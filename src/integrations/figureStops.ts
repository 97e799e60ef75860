import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { htmlFiles } from "./contentIntegrity.ts";

/**
 * A figure that ends on an abbreviation ("14,2 млрд долл.") where its sentence ends: the abbreviation's full stop
 * ends the sentence too, as Russian typography has it, so the sentence's own full stop after the figure goes. A
 * translation's MDX keeps the full stop after its data tag, as the English does (every edition's sentences end the
 * same way, and the prose checks read them); the built page drops the second stop. Figures are <data> elements.
 */
export function dropDoubledStops(html: string): string {
  return html.replace(/\.<\/data>\.(?!\.)/g, ".</data>");
}

export function figureStops(): AstroIntegration {
  return {
    name: "figure-stops",
    hooks: {
      "astro:build:done": ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, "utf8");
          const fixed = dropDoubledStops(html);
          if (fixed !== html) writeFileSync(file, fixed);
        }
      },
    },
  };
}
